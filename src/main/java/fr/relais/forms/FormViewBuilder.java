package fr.relais.forms;

import fr.relais.forms.FormComponent.Checkbox;
import fr.relais.forms.FormComponent.Checklist;
import fr.relais.forms.FormComponent.Choice;
import fr.relais.forms.FormComponent.DateTime;
import fr.relais.forms.FormComponent.DynamicList;
import fr.relais.forms.FormComponent.Editing;
import fr.relais.forms.FormComponent.Field;
import fr.relais.forms.FormComponent.FilePicker;
import fr.relais.forms.FormComponent.Group;
import fr.relais.forms.FormComponent.NumberField;
import fr.relais.forms.FormComponent.Radio;
import fr.relais.forms.FormComponent.Select;
import fr.relais.forms.FormComponent.Text;
import fr.relais.forms.FormComponent.TextArea;
import fr.relais.forms.FormComponent.TextField;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Builds a {@link FormView}: visibility by the same FEEL conditions and value reading as the validator. */
final class FormViewBuilder {

  private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9_-]+");

  private final FormDefinition form;
  private final FormOptions options;
  /** Only the day's Paris offset (time-only values) and the past-date check read it; neither affects layout. */
  private final Clock clock;
  private final Set<String> placed = new HashSet<>();
  private Map<String, String> errors = Map.of();
  private Map<String, Object> opening = Map.of();
  private boolean initial;

  FormViewBuilder(FormDefinition form, FormOptions options, Clock clock) {
    this.form = form;
    this.options = options == null ? FormOptions.none() : options;
    this.clock = clock;
  }

  /** The values the form opened with, where disabled fields (never posted back) take theirs on a re-display. */
  FormViewBuilder withOpening(Map<String, ?> opening) {
    this.opening = FormInput.nest(opening);
    return this;
  }

  FormView build(Map<String, ?> values, Map<String, String> errors, boolean initial) {
    this.errors = errors == null ? Map.of() : errors;
    this.initial = initial;
    List<RowView> rows = level(form.components(), FormInput.nest(values), opening, "", Map.of(), false);
    List<String> otherErrors = new ArrayList<>();
    this.errors.forEach((name, message) -> {
      if (!placed.contains(name)) {
        otherErrors.add(name + " : " + message);
      }
    });
    return new FormView(form.id(), rows, otherErrors);
  }

  private List<RowView> level(List<FormComponent> components, Map<String, Object> typed, Map<String, Object> opened,
      String prefix, Map<String, Object> parentScope, boolean hiddenAbove) {
    Map<String, Object> given = withDisabledFrom(components, typed, opened);
    Map<String, Object> values = initial ? withDefaults(components, given) : given;
    Map<String, Object> scope = FieldValues.scope(components, values, parentScope, clock);
    List<RowView> rows = new ArrayList<>();
    List<FieldView> row = new ArrayList<>();
    String rowId = null;
    for (FormComponent component : components) {
      boolean hidden = hiddenAbove || HideConditions.isHidden(component.hide(), scope);
      FieldView view = switch (component) {
        case Field field -> field(field, values.get(field.key()), prefix, hidden);
        case Text text -> new FieldView("text", componentId(prefix, text.id()), null, null, null, null, null,
            false, null, null, false, hidden, false, null, null, null, null, null, null,
            Markdown.toHtml(text.text()), null, null);
        case Group group -> group(group, values, opened, prefix, scope, hidden);
        case DynamicList list -> list(list, values.get(list.path()), opened.get(list.path()), prefix, scope, hidden);
      };
      if (!row.isEmpty() && (component.row() == null || !component.row().equals(rowId))) {
        rows.add(new RowView(row));
        row = new ArrayList<>();
      }
      row.add(view);
      rowId = component.row();
    }
    if (!row.isEmpty()) {
      rows.add(new RowView(row));
    }
    return rows;
  }

  private FieldView field(Field field, Object given, String prefix, boolean hidden) {
    // On a first display a hidden field shows nothing: a process variable sharing its key (say, the current
    // operator) would otherwise be posted back unseen and accepted once the field becomes visible.
    Object raw = initial && hidden ? null : given;
    String name = prefix + field.key();
    String id = "field-" + NOT_ID.matcher(name).replaceAll("-");
    String error = error(name);
    // A hidden field may be revealed in the page (the live conditions): it must then say it is required.
    boolean required = field.required();
    String value = display(field, raw);
    return switch (field) {
      case TextField text -> new FieldView("textfield", id, name, field.key(), field.label(), field.description(),
          value, false, null, error, required, hidden, field.readonly(), text.rules().minLength(),
          text.rules().maxLength(), null, null, switch (text.rules().textType()) {
            case EMAIL -> "email";
            case PHONE -> "tel";
            case TEXT -> "text";
          }, null, null, null, null);
      case TextArea text -> new FieldView("textarea", id, name, field.key(), field.label(), field.description(),
          value, false, null, error, required, hidden, field.readonly(), text.rules().minLength(),
          text.rules().maxLength(), null, null, null, null, null, null, null);
      case NumberField number -> new FieldView("number", id, name, field.key(), field.label(), field.description(),
          value, false, null, error, required, hidden, field.readonly(), null, null, plain(number.min()),
          plain(number.max()), "text", Objects.equals(number.decimalDigits(), 0) ? "numeric" : "decimal", null,
          null, null);
      case Checkbox checkbox -> new FieldView("checkbox", id, name, field.key(), field.label(),
          field.description(), "true", isChecked(raw), null, error, required, hidden, field.readonly(), null, null,
          null, null, "checkbox", null, null, null, null);
      case Choice choice -> new FieldView(type(choice), id, name, field.key(), field.label(), field.description(),
          value, false, options(choice, id, raw), error, required, hidden, field.readonly(), null, null, null, null,
          null, null, null, null, null);
      case DateTime dateTime -> new FieldView("datetime", id, name, field.key(), field.label(),
          field.description(), value, false, null, error, required, hidden, field.readonly(), null, null, null,
          null, switch (dateTime.subtype()) {
            case DATE -> "date";
            case TIME -> "time";
            case DATETIME -> "datetime-local";
          }, null, null, null, null);
      case FilePicker filePicker -> new FieldView("filepicker", id, name, field.key(), field.label(),
          field.description(), value, false, null, error, required, hidden, true, null, null, null, null, "file",
          null, null, null, null);
    };
  }

  private FieldView group(Group group, Map<String, Object> values, Map<String, Object> opened, String prefix,
      Map<String, Object> scope, boolean hidden) {
    List<RowView> rows;
    String name = null;
    if (group.path() == null) {
      rows = level(group.components(), values, opened, prefix, scope, hidden);
    } else {
      name = prefix + group.path();
      rows = level(group.components(), asMap(values.get(group.path())), asMap(opened.get(group.path())),
          name + ".", scope, hidden);
    }
    return new FieldView("group", componentId(prefix, group.id()), name, group.path(), group.label(), null, null,
        false, null, name == null ? null : error(name), false, hidden, false, null, null, null, null, null, null,
        null, rows, null);
  }

  private FieldView list(DynamicList list, Object raw, Object openedRaw, String prefix, Map<String, Object> scope,
      boolean hidden) {
    String name = prefix + list.path();
    List<?> given = raw instanceof List<?> items ? items : List.of();
    List<?> openedItems = openedRaw instanceof List<?> items ? items : List.of();
    List<Object> items = new ArrayList<>(given);
    if (initial && raw == null) {
      for (int i = 0; i < list.defaultRepetitions(); i++) {
        items.add(Map.of());
      }
    }
    // Items the form opened with stay listed even when a draft holds nothing for them yet.
    while (items.size() < openedItems.size()) {
      items.add(Map.of());
    }
    List<ItemView> views = new ArrayList<>();
    for (int i = 0; i < items.size() && i < FieldValues.MAX_ITEMS; i++) {
      Map<String, Object> opened = asMap(i < openedItems.size() ? openedItems.get(i) : null);
      String itemPrefix = name + "[" + i + "].";
      views.add(new ItemView(i + 1, level(list.components(), asMap(items.get(i)), opened, itemPrefix, scope, hidden)));
    }
    return new FieldView("dynamiclist", componentId(prefix, list.id()), name, list.path(), list.label(), null,
        null, false, null, error(name), false, hidden, false, null, null, null, null, null, null, null, null, views);
  }

  private List<OptionView> options(Choice choice, String id, Object raw) {
    Set<String> selected = new HashSet<>();
    if (raw instanceof List<?> list) {
      list.forEach(item -> selected.add(String.valueOf(item)));
    } else if (raw != null) {
      selected.add(scalar(raw));
    }
    List<OptionView> views = new ArrayList<>();
    List<FormOption> available = choice.options().resolve(options);
    for (int i = 0; i < available.size(); i++) {
      FormOption option = available.get(i);
      views.add(new OptionView(id + "-" + (i + 1), option.value(), option.label(),
          selected.contains(option.value())));
    }
    return views;
  }

  private static Map<String, Object> withDisabledFrom(List<FormComponent> components, Map<String, Object> typed,
      Map<String, Object> opened) {
    if (opened.isEmpty()) {
      return typed;
    }
    Map<String, Object> filled = new LinkedHashMap<>(typed);
    FieldValues.slots(components).forEach((key, component) -> {
      if (component instanceof Field field && field.editing() == Editing.DISABLED && opened.containsKey(key)) {
        filled.put(key, opened.get(key));
      }
    });
    return filled;
  }

  private static Map<String, Object> asMap(Object raw) {
    return raw instanceof Map<?, ?> map ? FieldValues.asStringKeys(map) : Map.of();
  }

  /** Adds each absent field's {@code defaultValue}, so the first display (and its conditions) start from them. */
  private static Map<String, Object> withDefaults(List<FormComponent> components, Map<String, Object> values) {
    Map<String, Object> filled = new LinkedHashMap<>(values);
    FieldValues.slots(components).forEach((key, component) -> {
      Object defaultValue = switch (component) {
        case TextField field -> field.defaultValue();
        case TextArea field -> field.defaultValue();
        case NumberField field -> field.defaultValue();
        case Checkbox field -> field.defaultValue();
        case Checklist field -> field.defaultValue().isEmpty() ? null : field.defaultValue();
        case Radio field -> field.defaultValue();
        case Select field -> field.defaultValue();
        default -> null;
      };
      if (defaultValue != null && !filled.containsKey(key)) {
        filled.put(key, defaultValue);
      }
    });
    return filled;
  }

  private String display(Field field, Object raw) {
    if (raw == null || raw instanceof Map<?, ?> || raw instanceof List<?>) {
      return null;
    }
    if (field instanceof DateTime dateTime && raw instanceof String text) {
      return DateTimeValues.htmlValue(dateTime, text, clock);
    }
    return scalar(raw);
  }

  private static String scalar(Object raw) {
    return raw instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(raw);
  }

  private static boolean isChecked(Object raw) {
    return Boolean.TRUE.equals(raw) || "true".equals(raw) || "on".equals(raw);
  }

  private static String type(Choice choice) {
    return switch (choice) {
      case Checklist checklist -> "checklist";
      case Radio radio -> "radio";
      case Select select -> "select";
    };
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }

  private String error(String name) {
    placed.add(name);
    return errors.get(name);
  }

  private static String componentId(String prefix, String componentId) {
    return "component-" + NOT_ID.matcher(prefix + componentId).replaceAll("-");
  }
}
