package fr.relais.forms;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A form ready for {@code fragments/form :: fields(view)}: rows of fields with values, errors, options and
 * visibility decided on the server. {@code otherErrors} holds messages no rendered field can show (an unknown
 * field, for instance), for an alert above the fields.
 */
public record FormView(String formId, List<RowView> rows, List<String> otherErrors) {

  public FormView {
    rows = List.copyOf(rows);
    otherErrors = List.copyOf(otherErrors);
  }

  /** First display: the values known so far (e.g. the task's variables), the form's defaults for the rest. */
  public static FormView initial(FormDefinition form, Map<String, ?> values, FormOptions options) {
    return new FormViewBuilder(form, options, Clock.systemUTC()).build(values, Map.of(), true);
  }

  /** Re-display after a refused submission: exactly what was sent, with the validator's errors beside fields. */
  public static FormView of(FormDefinition form, Map<String, ?> submitted, Map<String, String> errors,
      FormOptions options) {
    return new FormViewBuilder(form, options, Clock.systemUTC()).build(submitted, errors, false);
  }

  /**
   * A form shown again with what the user typed (a draft, or a refused submission with its errors); the fields a
   * browser never sends back (disabled ones, such as the criteria labels of a checklist) show the values the form
   * opened with.
   */
  public static FormView of(FormDefinition form, Map<String, ?> opening, Map<String, ?> typed,
      Map<String, String> errors, FormOptions options) {
    return new FormViewBuilder(form, options, Clock.systemUTC()).withOpening(opening).build(typed, errors, false);
  }

  /** Every component, nested ones included, in document order. */
  public List<FieldView> fields() {
    List<FieldView> all = new ArrayList<>();
    collect(rows, all);
    return all;
  }

  /** A component by its HTML name (its key, or e.g. {@code checks[0].code}). */
  public Optional<FieldView> field(String name) {
    return fields().stream().filter(field -> name.equals(field.name())).findFirst();
  }

  /** A line of the error summary: the message, and the id of the element its link moves the focus to. */
  public record ErrorLink(String targetId, String text) {

    public String href() {
      return targetId == null ? null : "#" + targetId;
    }
  }

  /** Every error of the form in document order, each linked to its field; those no field shows come last. */
  public List<ErrorLink> errorLinks() {
    List<ErrorLink> links = new ArrayList<>();
    fields().stream().filter(field -> field.hasError() && !field.hidden())
        .forEach(field -> links.add(new ErrorLink(field.focusId(),
            (field.hasLabel() ? field.label() : field.name()) + " : " + field.error())));
    otherErrors.forEach(message -> links.add(new ErrorLink(null, message)));
    return links;
  }

  public boolean hasErrors() {
    return !otherErrors.isEmpty() || fields().stream().anyMatch(FieldView::hasError);
  }

  /** Whether to show the "fields marked * are required" note (a hidden field may be revealed in the page). */
  public boolean anyRequired() {
    return fields().stream().anyMatch(FieldView::required);
  }

  private static void collect(List<RowView> rows, List<FieldView> into) {
    for (RowView row : rows) {
      for (FieldView field : row.fields()) {
        into.add(field);
        collect(field.rows(), into);
        field.items().forEach(item -> collect(item.rows(), into));
      }
    }
  }
}
