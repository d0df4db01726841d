package fr.relais.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A parsed Camunda Form: its id (= file name) and its components in document order. */
public record FormDefinition(String id, List<FormComponent> components) {

  public FormDefinition {
    components = List.copyOf(components);
  }

  /** Every field, nested ones included, depth first. */
  public List<FormComponent.Field> fields() {
    List<FormComponent.Field> fields = new ArrayList<>();
    collect(components, fields);
    return fields;
  }

  /** The first field with this key, nested ones included (keys inside a path or a list may repeat outer ones). */
  public Optional<FormComponent.Field> field(String key) {
    return fields().stream().filter(field -> field.key().equals(key)).findFirst();
  }

  /**
   * The words of a choice field's fixed options by value, to show a stored value as the form offered it ("Famille et
   * prestations sociales", not FAMILLE); empty for a field without fixed options.
   */
  public Map<String, String> optionLabels(String key) {
    return field(key).filter(FormComponent.Choice.class::isInstance)
        .map(choice -> ((FormComponent.Choice) choice).options().values())
        .filter(values -> values != null)
        .map(values -> values.stream().collect(Collectors.toMap(FormOption::value, FormOption::label)))
        .orElse(Map.of());
  }

  private static void collect(List<FormComponent> components, List<FormComponent.Field> into) {
    for (FormComponent component : components) {
      switch (component) {
        case FormComponent.Field field -> into.add(field);
        case FormComponent.Group group -> collect(group.components(), into);
        case FormComponent.DynamicList list -> collect(list.components(), into);
        case FormComponent.Text text -> { }
      }
    }
  }
}
