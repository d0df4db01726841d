package fr.relais.history;

import java.util.Locale;
import java.util.UUID;

/**
 * The short reference of a case its feature does not number: the first characters of the case id. People read
 * references through {@link CaseReferences}, which prefers the feature's own number.
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
