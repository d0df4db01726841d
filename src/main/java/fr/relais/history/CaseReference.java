package fr.relais.history;

import java.util.Locale;
import java.util.UUID;

/**
 * The short reference a person reads out on the phone or finds in an e-mail: the first characters of the case id.
 * One place, so that a later human numbering replaces it everywhere at once.
 */
public final class CaseReference {

  private static final int LENGTH = 8;

  private CaseReference() {}

  public static String of(UUID caseId) {
    return of(caseId.toString());
  }

  public static String of(String caseId) {
    return caseId.substring(0, Math.min(LENGTH, caseId.length())).toUpperCase(Locale.ROOT);
  }
}
