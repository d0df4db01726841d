package fr.relais.labellisation;

import fr.relais.criteria.Criterion;
import fr.relais.criteria.Referential;
import fr.relais.web.Countdown;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of an audit submission its schema cannot say: every criterion of the version once and in its order,
 * remarks when anything is non-compliant, a visit that took place; and its errors worded with the criterion they are
 * about. (The schema asks a comment of each non-compliant criterion.)
 */
final class AuditChecklist {

  private static final Pattern CRITERION_FIELD = Pattern.compile("criteria\\[(\\d+)]\\.(\\w+)");

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
      }
    }
    boolean anyNonCompliant = results.stream().anyMatch(CriterionResult::isNonCompliant);
    if (anyNonCompliant && (values.get("remarks") == null || values.get("remarks").toString().isBlank())) {
      errors.put("remarks", "Résumez vos remarques : elles sont transmises au préfet et à la structure.");
    }
    return errors;
  }

  /**
   * Each error of a checklist row begins with the criterion it is about, so a message read alone (in the list of
   * errors above the form, in an API answer) says which row to correct: "FS-18 — Espace confidentiel : …".
   */
  static Map<String, String> worded(Referential referential, Map<String, String> errors) {
    List<Criterion> criteria = referential.criteria();
    Map<String, String> worded = new LinkedHashMap<>();
    errors.forEach((name, message) -> {
      Matcher field = CRITERION_FIELD.matcher(name);
      int index = field.matches() ? Integer.parseInt(field.group(1)) : -1;
      if (index < 0 || index >= criteria.size()) {
        worded.put(name, message);
        return;
      }
      Criterion criterion = criteria.get(index);
      worded.put(name, criterion.code() + " — " + criterion.label() + " : " + switch (field.group(2)) {
        case "result" -> "choisissez Conforme, Non conforme ou Sans objet.";
        case "comment" -> "précisez le constat (" + lowerFirst(message.replaceAll("\\.$", "")) + ").";
        default -> lowerFirst(message);
      });
    });
    return worded;
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
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
