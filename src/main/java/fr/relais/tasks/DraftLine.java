package fr.relais.tasks;

import fr.relais.forms.FieldView;
import fr.relais.forms.FormView;
import fr.relais.forms.OptionView;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One answer of a draft as a person reads it back on a task they can no longer send: the field's label and what they
 * typed or chose, in words (an option's label, not its code), so it can be copied elsewhere.
 */
record DraftLine(String label, String text) {

  /** Components that hold no answer of their own: explanations and containers (their fields are listed instead). */
  private static final Set<String> NO_ANSWER = Set.of("text", "group", "dynamiclist", "filepicker");

  /** What the person wrote: neither the read-only facts the form opened with, nor fields their choices hid. */
  static List<DraftLine> of(FormView draft) {
    return draft.fields().stream()
        .filter(field -> !field.readonly() && !field.hidden() && !NO_ANSWER.contains(field.type()))
        .map(field -> new DraftLine(field.label(), text(field)))
        .filter(line -> line.text() != null && !line.text().isBlank())
        .toList();
  }

  private static String text(FieldView field) {
    if ("checkbox".equals(field.type())) {
      return field.checked() ? "Oui" : "Non";
    }
    if (!field.options().isEmpty()) {
      return field.options().stream().filter(OptionView::selected).map(OptionView::label)
          .collect(Collectors.joining(", "));
    }
    return field.value();
  }
}
