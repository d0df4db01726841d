package fr.relais.labellisation;

import fr.relais.criteria.Criterion;
import fr.relais.criteria.Referential;
import fr.relais.web.Countdown;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of an audit submission its schema cannot say: every criterion of the version once and in its order, a
 * comment for each non-compliant one, remarks when anything is non-compliant, a visit that took place.
 */
final class AuditChecklist {

  private AuditChecklist() {}

  static Map<String, String> problems(Structure structure, Referential referential, Map<String, Object> values,
      LocalDate today) {
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate visit = LocalDate.parse((String) values.get("visitDate"));
    LocalDate proposed = structure.proposedAt().atZone(Countdown.PARIS).toLocalDate();
    if (visit.isAfter(today)) {
      errors.put("visitDate", "La visite ne peut pas être datée dans le futur.");
    } else if (visit.isBefore(proposed)) {
      errors.put("visitDate", "La visite ne peut pas précéder la proposition de la structure ("
          + proposed.format(LabellisationTexts.DATE) + ").");
    }
    List<CriterionResult> results = results(values);
    List<Criterion> expected = referential.criteria();
    if (results.size() != expected.size()) {
      errors.put("criteria", "Chaque critère du référentiel " + referential.version() + " est évalué une fois : "
          + expected.size() + " attendus, " + results.size() + " reçus.");
    }
    for (int i = 0; i < results.size(); i++) {
      CriterionResult result = results.get(i);
      if (i >= expected.size() || !expected.get(i).code().equals(result.code())) {
        errors.put("criteria[" + i + "].code", "Critère inattendu à cette place du référentiel.");
      } else if (result.isNonCompliant() && (result.comment() == null || result.comment().isBlank())) {
        errors.put("criteria[" + i + "].comment", "Un commentaire est obligatoire pour un critère non conforme.");
      }
    }
    boolean anyNonCompliant = results.stream().anyMatch(CriterionResult::isNonCompliant);
    if (anyNonCompliant && (values.get("remarks") == null || values.get("remarks").toString().isBlank())) {
      errors.put("remarks", "Résumez vos remarques : elles sont transmises au préfet et à la structure.");
    }
    return errors;
  }

  /** The submitted checklist as results; the schema has already required a code and a result for each item. */
  static List<CriterionResult> results(Map<String, Object> values) {
    if (!(values.get("criteria") instanceof List<?> items)) {
      return List.of();
    }
    return items.stream()
        .filter(Map.class::isInstance)
        .map(item -> (Map<?, ?>) item)
        .map(item -> new CriterionResult(text(item.get("code")), text(item.get("result")), text(item.get("comment"))))
        .toList();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
