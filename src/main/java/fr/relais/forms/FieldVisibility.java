package fr.relais.forms;

import java.util.List;

/**
 * Which components a form hides for the values typed so far, by the ids of the elements the page toggles
 * ({@link FieldView#containerId()}): the answer of a form's live conditions, decided by the same FEEL engine that
 * judges the submission (static/js/forms.js applies it).
 */
public record FieldVisibility(List<String> hidden, List<String> shown) {

  public static FieldVisibility of(FormView view) {
    List<FieldView> fields = view.fields();
    return new FieldVisibility(
        fields.stream().filter(FieldView::hidden).map(FieldView::containerId).toList(),
        fields.stream().filter(field -> !field.hidden()).map(FieldView::containerId).toList());
  }
}
