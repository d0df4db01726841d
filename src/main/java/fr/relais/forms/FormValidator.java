package fr.relais.forms;

import fr.relais.forms.FieldValues.Coerced;
import fr.relais.forms.FormComponent.DynamicList;
import fr.relais.forms.FormComponent.Editing;
import fr.relais.forms.FormComponent.Field;
import fr.relais.forms.FormComponent.Group;
import fr.relais.forms.FormComponent.Text;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Checks a submission against its form, the server-side twin of Camunda's form viewer: one validator for JSON
 * bodies (typed values) and HTML posts (strings only, flat names such as {@code checks[0].code}).
 *
 * <p>Fields hidden by their {@code conditional.hide} are neither checked nor kept, so a hidden field can never
 * overwrite a process variable; keys the form does not declare are refused, each with its own error. Read-only
 * fields keep the value the form was opened with (the baseline): the client may send it back unchanged or not at
 * all, never another one. Disabled fields are never part of a submission.
 */
@Component
public class FormValidator {

  private final Clock clock;

  public FormValidator(Clock clock) {
    this.clock = clock;
  }

  public FormSubmission validate(FormDefinition form, Map<String, Object> input, FormOptions options) {
    return validate(form, input, options, Map.of());
  }

  /** @param baseline the values the form was opened with, where its read-only fields take theirs */
  public FormSubmission validate(FormDefinition form, Map<String, Object> input, FormOptions options,
      Map<String, ?> baseline) {
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    Level root = new Level(options, values, errors);
    root.level(form.components(), FormInput.nest(input), FormInput.nest(baseline), "", Map.of());
    return new FormSubmission(values, errors);
  }

  /** One walk over a submission, writing into the values and errors of the level it was created for. */
  private final class Level {

    private final FormOptions options;
    private final Map<String, Object> values;
    private final Map<String, String> errors;

    Level(FormOptions options, Map<String, Object> values, Map<String, String> errors) {
      this.options = options;
      this.values = values;
      this.errors = errors;
    }

    void level(List<FormComponent> components, Map<String, Object> input, Map<String, Object> baseline,
        String prefix, Map<String, Object> parentScope) {
      Map<String, Object> scope = FieldValues.scope(components, input, parentScope, clock);
      walk(components, input, baseline, prefix, scope);
      Map<String, FormComponent> slots = FieldValues.slots(components);
      input.keySet().stream()
          .filter(key -> !slots.containsKey(key))
          .forEach(key -> errors.put(prefix + key, FormMessages.UNKNOWN_FIELD));
    }

    private void walk(List<FormComponent> components, Map<String, Object> input, Map<String, Object> baseline,
        String prefix, Map<String, Object> scope) {
      for (FormComponent component : components) {
        if (HideConditions.isHidden(component.hide(), scope)) {
          continue;
        }
        switch (component) {
          case Field field when field.editing() == Editing.DISABLED -> { }
          case Field field when field.readonly() -> keep(field, input.get(field.key()), baseline.get(field.key()),
              prefix);
          case Field field -> field(field, input.get(field.key()), prefix);
          case Group group when group.path() == null -> walk(group.components(), input, baseline, prefix, scope);
          case Group group -> group(group, input.get(group.path()), baseline.get(group.path()), prefix, scope);
          case DynamicList list -> list(list, input.get(list.path()), baseline.get(list.path()), prefix, scope);
          case Text text -> { }
        }
      }
    }

    private void field(Field field, Object raw, String prefix) {
      Coerced coerced = FieldValues.coerce(field, raw, clock);
      String error = coerced.failed() ? coerced.error() : FieldRules.check(field, coerced.value(), options);
      if (error != null) {
        errors.put(prefix + field.key(), error);
      } else if (coerced.value() != null) {
        values.put(field.key(), FieldValues.output(field, coerced.value()));
      }
    }

    /** A read-only value comes from the baseline; sending another one is an error, not a silent correction. */
    private void keep(Field field, Object raw, Object opened, String prefix) {
      boolean sent = raw != null && !(raw instanceof String text && text.isEmpty() && opened == null);
      if (sent && !String.valueOf(raw).equals(String.valueOf(opened))) {
        errors.put(prefix + field.key(), FormMessages.READ_ONLY);
      } else if (opened != null) {
        values.put(field.key(), opened);
      }
    }

    private void group(Group group, Object raw, Object opened, String prefix, Map<String, Object> scope) {
      if (raw != null && !(raw instanceof Map<?, ?>)) {
        errors.put(prefix + group.path(), FormMessages.INVALID);
        return;
      }
      Map<String, Object> nested = new LinkedHashMap<>();
      new Level(options, nested, errors).level(group.components(), asMap(raw), asMap(opened),
          prefix + group.path() + ".", scope);
      if (!nested.isEmpty()) {
        values.put(group.path(), nested);
      }
    }

    private void list(DynamicList list, Object raw, Object opened, String prefix, Map<String, Object> scope) {
      String name = prefix + list.path();
      if (raw != null && !(raw instanceof List<?>)) {
        errors.put(name, FormMessages.LIST_EXPECTED);
        return;
      }
      List<?> items = raw == null ? List.of() : (List<?>) raw;
      if (items.size() > FieldValues.MAX_ITEMS) {
        errors.put(name, FormMessages.maxItems(FieldValues.MAX_ITEMS));
        return;
      }
      List<?> openedItems = opened instanceof List<?> known ? known : List.of();
      List<Map<String, Object>> cleaned = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        String itemName = name + "[" + i + "]";
        if (!(items.get(i) instanceof Map<?, ?> item)) {
          errors.put(itemName, FormMessages.ITEM_EXPECTED);
          continue;
        }
        Map<String, Object> itemValues = new LinkedHashMap<>();
        Object openedItem = i < openedItems.size() ? openedItems.get(i) : null;
        new Level(options, itemValues, errors).level(list.components(), FieldValues.asStringKeys(item),
            asMap(openedItem), itemName + ".", scope);
        cleaned.add(itemValues);
      }
      values.put(list.path(), cleaned);
    }

    private static Map<String, Object> asMap(Object raw) {
      return raw instanceof Map<?, ?> map ? FieldValues.asStringKeys(map) : Map.of();
    }
  }
}
