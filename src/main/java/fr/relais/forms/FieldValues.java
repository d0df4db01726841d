package fr.relais.forms;

import fr.relais.forms.FormComponent.Checkbox;
import fr.relais.forms.FormComponent.Checklist;
import fr.relais.forms.FormComponent.DateTime;
import fr.relais.forms.FormComponent.DynamicList;
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
import java.math.BigInteger;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one submitted value into the type its field holds, whatever the input shape (JSON types or the
 * strings of an HTML post). Type problems become a message, never an exception.
 */
final class FieldValues {

  /** No string is accepted beyond this, whatever the form says: it bounds storage and every later step. */
  static final int MAX_TEXT = 10_000;
  /** Most items accepted in a checklist or a dynamic list. */
  static final int MAX_ITEMS = FormInput.MAX_INDEX + 1;

  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,30}(?:[.,]\\d{1,30})?");
  private static final Pattern DIGIT_GROUPING = Pattern.compile("(?<=\\d)[ \\u00a0\\u202f](?=\\d)");

  private FieldValues() {}

  /** A value read for a field: absent (value and error null), a typed value, or an error message. */
  record Coerced(Object value, String error) {

    static final Coerced ABSENT = new Coerced(null, null);

    static Coerced of(Object value) {
      return new Coerced(value, null);
    }

    static Coerced error(String message) {
      return new Coerced(null, message);
    }

    boolean failed() {
      return error != null;
    }
  }

  static Coerced coerce(Field field, Object raw, Clock clock) {
    return switch (field) {
      case TextField text -> text(raw, false);
      case TextArea text -> text(raw, true);
      case NumberField number -> number(raw);
      case Checkbox checkbox -> checkbox(raw);
      case Checklist checklist -> checklist(raw);
      case Radio radio -> choice(raw);
      case Select select -> choice(raw);
      case DateTime dateTime -> DateTimeValues.coerce(dateTime, raw, clock);
      case FilePicker filePicker -> fileReference(raw);
    };
  }

  /** The keys allowed at one level: fields (also those of groups without path), group paths and list paths. */
  static Map<String, FormComponent> slots(List<FormComponent> components) {
    Map<String, FormComponent> slots = new LinkedHashMap<>();
    for (FormComponent component : components) {
      switch (component) {
        case Field field -> slots.put(field.key(), field);
        case Group group when group.path() == null -> slots.putAll(slots(group.components()));
        case Group group -> slots.put(group.path(), group);
        case DynamicList list -> slots.put(list.path(), list);
        case Text text -> { }
      }
    }
    return slots;
  }

  /**
   * What FEEL sees at one level: the parent's values overlaid with this level's coerced values. Values that
   * cannot be read are left out, so a condition sees them as null, as Camunda's viewer does for empty fields.
   */
  static Map<String, Object> scope(List<FormComponent> components, Map<String, Object> level,
      Map<String, Object> parent, Clock clock) {
    Map<String, Object> scope = new HashMap<>(parent);
    slots(components).forEach((key, component) -> {
      Object raw = level.get(key);
      Object value = switch (component) {
        case Field field -> coerce(field, raw, clock).value();
        case Group group -> raw instanceof Map<?, ?> map
            ? scope(group.components(), asStringKeys(map), Map.of(), clock) : null;
        case DynamicList list -> raw instanceof List<?> items ? items.stream()
            .map(item -> item instanceof Map<?, ?> map
                ? scope(list.components(), asStringKeys(map), Map.of(), clock) : Map.of())
            .toList() : null;
        case Text text -> null;
      };
      if (value != null) {
        scope.put(key, value);
      } else {
        scope.remove(key);
      }
    });
    return scope;
  }

  static Map<String, Object> asStringKeys(Map<?, ?> map) {
    Map<String, Object> result = new LinkedHashMap<>();
    map.forEach((key, value) -> result.put(String.valueOf(key), value));
    return result;
  }

  private static Coerced text(Object raw, boolean multiline) {
    String text;
    switch (raw) {
      case null -> {
        return Coerced.ABSENT;
      }
      case String string -> text = string;
      case BigDecimal decimal -> text = decimal.toPlainString();
      case Number number -> text = number.toString();
      default -> {
        return Coerced.error(FormMessages.TEXT_EXPECTED);
      }
    }
    if (text.length() > MAX_TEXT) {
      return Coerced.error(FormMessages.maxLength(MAX_TEXT));
    }
    // Browsers post a textarea's new lines as CRLF but count them as one character against maxlength.
    String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
    if (!multiline) {
      normalised = normalised.replace('\n', ' ').replace('\t', ' ');
    }
    if (!printable(normalised)) {
      return Coerced.error(FormMessages.CONTROL_CHARACTERS);
    }
    String stripped = normalised.strip();
    return stripped.isEmpty() ? Coerced.ABSENT : Coerced.of(stripped);
  }

  /** Refuses control characters (PostgreSQL's jsonb rejects NUL) and lone surrogates (not encodable). */
  private static boolean printable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c)) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** Control characters but tab, new line and carriage return (which the text reading turns into new lines). */
  static boolean isControl(char c) {
    return c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7f;
  }

  private static Coerced number(Object raw) {
    BigDecimal number;
    switch (raw) {
      case null -> {
        return Coerced.ABSENT;
      }
      case String string -> {
        if (string.length() > 100) {
          return Coerced.error(FormMessages.NUMBER);
        }
        String compact = DIGIT_GROUPING.matcher(string.strip()).replaceAll("");
        if (compact.isEmpty()) {
          return Coerced.ABSENT;
        }
        if (!DECIMAL.matcher(compact).matches()) {
          return Coerced.error(FormMessages.NUMBER);
        }
        number = new BigDecimal(compact.replace(',', '.'));
      }
      case BigDecimal decimal -> number = decimal;
      case BigInteger integer -> {
        if (integer.bitLength() > 100) {
          return Coerced.error(FormMessages.NUMBER);
        }
        number = new BigDecimal(integer);
      }
      case Double value when value.isNaN() || value.isInfinite() -> {
        return Coerced.error(FormMessages.NUMBER);
      }
      case Float value when value.isNaN() || value.isInfinite() -> {
        return Coerced.error(FormMessages.NUMBER);
      }
      case Double value -> number = new BigDecimal(value.toString());
      case Float value -> number = new BigDecimal(value.toString());
      case Long value -> number = BigDecimal.valueOf(value);
      case Integer value -> number = BigDecimal.valueOf(value);
      case Short value -> number = BigDecimal.valueOf(value);
      case Byte value -> number = BigDecimal.valueOf(value);
      default -> {
        return Coerced.error(FormMessages.NUMBER);
      }
    }
    // Bounds the magnitude before any arithmetic: 1E999999999 is a valid BigDecimal and a cheap attack.
    if (number.precision() - number.scale() > 30 || number.scale() > 30) {
      return Coerced.error(FormMessages.NUMBER);
    }
    BigDecimal stripped = number.stripTrailingZeros();
    return Coerced.of(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
  }

  private static Coerced checkbox(Object raw) {
    return switch (raw) {
      case null -> Coerced.of(false);
      case Boolean value -> Coerced.of(value);
      case String value when value.equals("true") || value.equals("on") -> Coerced.of(true);
      case String value when value.equals("false") -> Coerced.of(false);
      default -> Coerced.error(FormMessages.INVALID);
    };
  }

  private static Coerced checklist(Object raw) {
    List<?> items = switch (raw) {
      case null -> List.of();
      case List<?> list -> list;
      case String value -> List.of(value);
      default -> null;
    };
    if (items == null) {
      return Coerced.error(FormMessages.NOT_ALLOWED);
    }
    if (items.size() > MAX_ITEMS) {
      return Coerced.error(FormMessages.maxItems(MAX_ITEMS));
    }
    Set<String> values = new LinkedHashSet<>();
    for (Object item : items) {
      Coerced value = choice(item);
      if (value.failed()) {
        return value;
      }
      if (value.value() != null) {
        values.add((String) value.value());
      }
    }
    return Coerced.of(List.copyOf(values));
  }

  private static Coerced choice(Object raw) {
    return switch (raw) {
      case null -> Coerced.ABSENT;
      case String value when value.length() > MAX_TEXT -> Coerced.error(FormMessages.NOT_ALLOWED);
      case String value -> value.strip().isEmpty() ? Coerced.ABSENT : Coerced.of(value.strip());
      case BigDecimal value -> Coerced.of(value.toPlainString());
      case Number value -> Coerced.of(value.toString());
      case Boolean value -> Coerced.of(value.toString());
      default -> Coerced.error(FormMessages.NOT_ALLOWED);
    };
  }

  private static Coerced fileReference(Object raw) {
    return switch (raw) {
      case null -> Coerced.ABSENT;
      case String value when value.length() > 1000 -> Coerced.error(FormMessages.INVALID);
      case String value -> value.strip().isEmpty() ? Coerced.ABSENT : Coerced.of(value.strip());
      default -> Coerced.error(FormMessages.INVALID);
    };
  }

  /** The value as it goes to the engine: numbers as Long when whole, else BigDecimal, or a string on request. */
  static Object output(Field field, Object value) {
    if (field instanceof NumberField number && value instanceof BigDecimal decimal) {
      if (number.serializeToString()) {
        return decimal.toPlainString();
      }
      boolean whole = decimal.scale() <= 0 && decimal.toBigInteger().bitLength() < Long.SIZE;
      return whole ? (Object) decimal.longValue() : decimal;
    }
    return value;
  }
}
