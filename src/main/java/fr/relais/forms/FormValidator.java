package fr.relais.forms;

import fr.relais.forms.FieldValues.Coerced;
import fr.relais.forms.FormComponent.DynamicList;
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
 * overwrite a process variable; keys the form does not declare are refused, each with its own error.
 */
@Component
public class FormValidator {

  private final Clock clock;

  public FormValidator(Clock clock) {
    this.clock = clock;
  }

  public FormSubmission validate(FormDefinition form, Map<String, Object> input, FormOptions options) {
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    level(form.components(), FormInput.nest(input), "", Map.of(), options, values, errors);
    return new FormSubmission(values, errors);
  }

  private void level(List<FormComponent> components, Map<String, Object> input, String prefix,
      Map<String, Object> parentScope, FormOptions options, Map<String, Object> values, Map<String, String> errors) {
    Map<String, Object> scope = FieldValues.scope(components, input, parentScope, clock);
    walk(components, input, prefix, scope, options, values, errors);
    Map<String, FormComponent> slots = FieldValues.slots(components);
    input.keySet().stream()
        .filter(key -> !slots.containsKey(key))
        .forEach(key -> errors.put(prefix + key, FormMessages.UNKNOWN_FIELD));
  }

  private void walk(List<FormComponent> components, Map<String, Object> input, String prefix,
      Map<String, Object> scope, FormOptions options, Map<String, Object> values, Map<String, String> errors) {
    for (FormComponent component : components) {
      if (HideConditions.isHidden(component.hide(), scope)) {
        continue;
      }
      switch (component) {
        case Field field when field.readonly() -> { }
        case Field field -> field(field, input.get(field.key()), prefix, options, values, errors);
        case Group group when group.path() == null -> walk(group.components(), input, prefix, scope, options,
            values, errors);
        case Group group -> group(group, input.get(group.path()), prefix, scope, options, values, errors);
        case DynamicList list -> list(list, input.get(list.path()), prefix, scope, options, values, errors);
        case Text text -> { }
      }
    }
  }

  private void field(Field field, Object raw, String prefix, FormOptions options, Map<String, Object> values,
      Map<String, String> errors) {
    Coerced coerced = FieldValues.coerce(field, raw, clock);
    String error = coerced.failed() ? coerced.error() : FieldRules.check(field, coerced.value(), options);
    if (error != null) {
      errors.put(prefix + field.key(), error);
    } else if (coerced.value() != null) {
      values.put(field.key(), FieldValues.output(field, coerced.value()));
    }
  }

  private void group(Group group, Object raw, String prefix, Map<String, Object> scope, FormOptions options,
      Map<String, Object> values, Map<String, String> errors) {
    if (raw != null && !(raw instanceof Map<?, ?>)) {
      errors.put(prefix + group.path(), FormMessages.INVALID);
      return;
    }
    Map<String, Object> nested = new LinkedHashMap<>();
    Map<String, Object> input = raw == null ? Map.of() : FieldValues.asStringKeys((Map<?, ?>) raw);
    level(group.components(), input, prefix + group.path() + ".", scope, options, nested, errors);
    if (!nested.isEmpty()) {
      values.put(group.path(), nested);
    }
  }

  private void list(DynamicList list, Object raw, String prefix, Map<String, Object> scope, FormOptions options,
      Map<String, Object> values, Map<String, String> errors) {
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
    List<Map<String, Object>> cleaned = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String itemName = name + "[" + i + "]";
      if (!(items.get(i) instanceof Map<?, ?> item)) {
        errors.put(itemName, FormMessages.ITEM_EXPECTED);
        continue;
      }
      Map<String, Object> itemValues = new LinkedHashMap<>();
      level(list.components(), FieldValues.asStringKeys(item), itemName + ".", scope, options, itemValues, errors);
      cleaned.add(itemValues);
    }
    values.put(list.path(), cleaned);
  }
}
