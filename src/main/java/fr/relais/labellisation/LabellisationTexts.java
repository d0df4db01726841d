package fr.relais.labellisation;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/** How labellisation events read in a case's history and in notifications (French). */
final class LabellisationTexts {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private LabellisationTexts() {}

  /** The non-compliant criteria of an audit, each with the auditor's comment: "FS-18 (pas d'espace fermé), ...". */
  static String nonCompliant(Audit audit) {
    return audit.nonCompliant().stream()
        .map(result -> result.code() + " (" + result.comment() + ")")
        .collect(Collectors.joining(", "));
  }
}
