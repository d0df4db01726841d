package fr.relais.forms;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.forms.FormComponent.Checkbox;
import fr.relais.forms.FormComponent.Checklist;
import fr.relais.forms.FormComponent.DateTime;
import fr.relais.forms.FormComponent.DateTimeSubtype;
import fr.relais.forms.FormComponent.DynamicList;
import fr.relais.forms.FormComponent.Editing;
import fr.relais.forms.FormComponent.FilePicker;
import fr.relais.forms.FormComponent.Group;
import fr.relais.forms.FormComponent.NumberField;
import fr.relais.forms.FormComponent.Options;
import fr.relais.forms.FormComponent.Radio;
import fr.relais.forms.FormComponent.Select;
import fr.relais.forms.FormComponent.Text;
import fr.relais.forms.FormComponent.TextArea;
import fr.relais.forms.FormComponent.TextField;
import fr.relais.forms.FormComponent.TextRules;
import fr.relais.forms.FormComponent.TextType;
import fr.relais.forms.FormComponent.TimeFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads Camunda Forms JSON into {@link FormDefinition}. Strict where a mistake would reach users or the
 * engine (unknown component types, bad keys, duplicate keys, malformed rules or FEEL), lenient about the
 * editor's own properties (exporter, layout columns, appearance) that change nothing here.
 */
final class FormSchemaParser {

  /** A key is a process variable name: FEEL and the engine must be able to read it as is. */
  private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private final Set<String> componentIds = new HashSet<>();
  private final String formId;

  private FormSchemaParser(String formId) {
    this.formId = formId;
  }

  /** Parses one form; {@code expectedId} is the file name without extension, which the form's id must equal. */
  static FormDefinition parse(String expectedId, String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new FormSchemaException("form '" + expectedId + "' is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new FormSchemaException("form '" + expectedId + "' is not a JSON object");
    }
    if (!"default".equals(root.path("type").asText(null))) {
      throw new FormSchemaException("form '" + expectedId + "': \"type\" must be \"default\"");
    }
    String id = root.path("id").asText(null);
    if (!expectedId.equals(id)) {
      throw new FormSchemaException("form file '" + expectedId + "' declares id '" + id
          + "': the id must equal the file name");
    }
    FormSchemaParser parser = new FormSchemaParser(id);
    return new FormDefinition(id, parser.components(root.get("components"), "components"));
  }

  private List<FormComponent> components(JsonNode array, String where) {
    if (array == null || !array.isArray()) {
      throw fail(where + " must be an array");
    }
    List<FormComponent> components = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (JsonNode node : array) {
      FormComponent component = component(node);
      claimKeys(component, keys);
      components.add(component);
    }
    return components;
  }

  /** Keys of one level, including those of groups without path, which share the level of their parent. */
  private void claimKeys(FormComponent component, Set<String> keys) {
    String key = switch (component) {
      case FormComponent.Field field -> field.key();
      case Group group when group.path() == null -> {
        group.components().forEach(child -> claimKeys(child, keys));
        yield null;
      }
      case Group group -> group.path();
      case DynamicList list -> list.path();
      case Text text -> null;
    };
    if (key != null && !keys.add(key)) {
      throw fail("key '" + key + "' is used twice at the same level");
    }
  }

  private FormComponent component(JsonNode node) {
    if (!node.isObject()) {
      throw fail("a component is not a JSON object");
    }
    String type = requiredText(node, "type", "component");
    String id = requiredText(node, "id", type + " component");
    if (!componentIds.add(id)) {
      throw fail("component id '" + id + "' is used twice");
    }
    String hide = hide(node, id);
    String row = node.path("layout").path("row").asText(null);
    return switch (type) {
      case "textfield" -> new TextField(id, key(node, id), label(node, id), description(node), hide, row,
          editing(node), textRules(node, id, true), optionalText(node, "defaultValue", id));
      case "textarea" -> new TextArea(id, key(node, id), label(node, id), description(node), hide, row,
          editing(node), textRules(node, id, false), optionalText(node, "defaultValue", id));
      case "number" -> number(node, id, hide, row);
      case "checkbox" -> new Checkbox(id, key(node, id), label(node, id), description(node), hide, row,
          editing(node), required(node), booleanValue(node, "defaultValue", id));
      case "checklist" -> new Checklist(id, key(node, id), label(node, id), description(node), hide, row,
          editing(node), required(node), options(node, id), stringList(node.get("defaultValue"), id));
      case "radio" -> new Radio(id, key(node, id), label(node, id), description(node), hide, row,
          editing(node), required(node), options(node, id), optionalText(node, "defaultValue", id));
      case "select" -> new Select(id, key(node, id), label(node, id), description(node), hide, row,
          editing(node), required(node), options(node, id), optionalText(node, "defaultValue", id));
      case "datetime" -> dateTime(node, id, hide, row);
      case "filepicker" -> new FilePicker(id, key(node, id), label(node, id), description(node), hide, row,
          editing(node), required(node), optionalText(node, "accept", id), booleanValue(node, "multiple", id));
      case "text" -> text(node, id, hide, row);
      case "group" -> new Group(id, node.path("label").asText(null), path(node, id, false), hide, row,
          components(node.get("components"), "components of " + id));
      case "dynamiclist" -> new DynamicList(id, node.path("label").asText(null), path(node, id, true), hide, row,
          components(node.get("components"), "components of " + id), nonNegative(node, "defaultRepetitions", id, 1));
      default -> throw fail("component '" + id + "' has type '" + type + "', which Relais cannot render"
          + " (supported: textfield, textarea, number, checkbox, checklist, radio, select, datetime, text,"
          + " group, dynamiclist, filepicker)");
    };
  }

  private NumberField number(JsonNode node, String id, String hide, String row) {
    JsonNode validate = node.path("validate");
    BigDecimal min = decimal(validate, "min", id);
    BigDecimal max = decimal(validate, "max", id);
    if (min != null && max != null && min.compareTo(max) > 0) {
      throw fail(id + ": validate.min is greater than validate.max");
    }
    Integer decimalDigits = node.has("decimalDigits") ? nonNegative(node, "decimalDigits", id, 0) : null;
    return new NumberField(id, key(node, id), label(node, id), description(node), hide, row, editing(node),
        required(node), min, max, decimalDigits, booleanValue(node, "serializeToString", id),
        decimal(node, "defaultValue", id));
  }

  private DateTime dateTime(JsonNode node, String id, String hide, String row) {
    DateTimeSubtype subtype = switch (node.path("subtype").asText("date")) {
      case "date" -> DateTimeSubtype.DATE;
      case "time" -> DateTimeSubtype.TIME;
      case "datetime" -> DateTimeSubtype.DATETIME;
      default -> throw fail(id + ": unknown datetime subtype '" + node.path("subtype").asText() + "'");
    };
    TimeFormat format = switch (node.path("timeSerializingFormat").asText("utc_offset")) {
      case "utc_offset" -> TimeFormat.UTC_OFFSET;
      case "utc_normalized" -> TimeFormat.UTC_NORMALIZED;
      case "no_timezone" -> TimeFormat.NO_TIMEZONE;
      default -> throw fail(id + ": unknown timeSerializingFormat '" + node.path("timeSerializingFormat").asText()
          + "'");
    };
    String label = node.has("label") ? label(node, id) : dateTimeLabel(node.path("dateLabel").asText(""),
        node.path("timeLabel").asText(""), subtype);
    if (label == null || label.isBlank()) {
      throw fail(id + ": a datetime needs a label, dateLabel or timeLabel");
    }
    return new DateTime(id, key(node, id), label, description(node), hide, row, editing(node), required(node),
        subtype, format, booleanValue(node, "disallowPassedDates", id));
  }

  private Text text(JsonNode node, String id, String hide, String row) {
    String text = requiredText(node, "text", id);
    if (text.strip().startsWith("=")) {
      throw fail(id + ": FEEL expressions in text components are not supported; write plain markdown");
    }
    return new Text(id, hide, row, text);
  }

  private TextRules textRules(JsonNode node, String id, boolean textfield) {
    JsonNode validate = node.path("validate");
    Integer minLength = validate.has("minLength") ? nonNegative(validate, "minLength", id, 0) : null;
    Integer maxLength = validate.has("maxLength") ? nonNegative(validate, "maxLength", id, 0) : null;
    if (minLength != null && maxLength != null && minLength > maxLength) {
      throw fail(id + ": validate.minLength is greater than validate.maxLength");
    }
    Pattern pattern = null;
    String regex = validate.path("pattern").asText(null);
    if (regex != null && !regex.isEmpty()) {
      try {
        pattern = Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        throw fail(id + ": validate.pattern is not a valid regular expression: " + e.getDescription());
      }
    }
    TextType textType = switch (validate.path("validationType").asText("")) {
      case "", "custom" -> TextType.TEXT;
      case "email" -> TextType.EMAIL;
      case "phone" -> TextType.PHONE;
      default -> throw fail(id + ": unknown validationType '" + validate.path("validationType").asText() + "'");
    };
    if (!textfield && textType != TextType.TEXT) {
      throw fail(id + ": validationType applies to textfields only");
    }
    return new TextRules(required(node), minLength, maxLength, pattern, textType);
  }

  private Options options(JsonNode node, String id) {
    if (node.has("valuesExpression")) {
      throw fail(id + ": valuesExpression is not supported; use values or valuesKey");
    }
    String valuesKey = node.path("valuesKey").asText(null);
    JsonNode values = node.get("values");
    if (valuesKey != null && values != null) {
      throw fail(id + ": declare either values or valuesKey, not both");
    }
    if (valuesKey != null) {
      if (!KEY.matcher(valuesKey).matches()) {
        throw fail(id + ": valuesKey '" + valuesKey + "' is not a valid name");
      }
      return new Options(List.of(), valuesKey);
    }
    if (values == null || !values.isArray() || values.isEmpty()) {
      throw fail(id + ": a choice needs values or valuesKey");
    }
    List<FormOption> options = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JsonNode value : values) {
      String optionValue = requiredText(value, "value", id + " option");
      if (!seen.add(optionValue)) {
        throw fail(id + ": option value '" + optionValue + "' is listed twice");
      }
      options.add(new FormOption(optionValue, requiredText(value, "label", id + " option")));
    }
    return new Options(List.copyOf(options), null);
  }

  private String hide(JsonNode node, String id) {
    JsonNode hide = node.path("conditional").get("hide");
    if (hide == null || hide.isNull()) {
      return null;
    }
    if (!hide.isTextual()) {
      throw fail(id + ": conditional.hide must be a FEEL expression string");
    }
    try {
      HideConditions.check(hide.asText());
    } catch (FormSchemaException e) {
      throw fail(id + ": " + e.getMessage());
    }
    return hide.asText();
  }

  private String key(JsonNode node, String id) {
    String key = requiredText(node, "key", id);
    if (!KEY.matcher(key).matches()) {
      throw fail(id + ": key '" + key + "' must be a plain variable name (letters, digits, underscore)");
    }
    return key;
  }

  private String path(JsonNode node, String id, boolean required) {
    String path = node.path("path").asText(null);
    if (path == null || path.isEmpty()) {
      if (required) {
        throw fail(id + ": a dynamic list needs a path");
      }
      return null;
    }
    if (!KEY.matcher(path).matches()) {
      throw fail(id + ": path '" + path + "' must be a plain variable name (nested paths are not supported)");
    }
    return path;
  }

  private String label(JsonNode node, String id) {
    String label = node.path("label").asText(null);
    if (label == null || label.isBlank()) {
      throw fail(id + ": a field needs a label (it is what screen readers announce)");
    }
    return label;
  }

  private static String description(JsonNode node) {
    String description = node.path("description").asText(null);
    return description == null || description.isBlank() ? null : description;
  }

  private static boolean required(JsonNode node) {
    return node.path("validate").path("required").asBoolean(false);
  }

  private static Editing editing(JsonNode node) {
    if (node.path("disabled").asBoolean(false)) {
      return Editing.DISABLED;
    }
    return node.path("readonly").asBoolean(false) ? Editing.READONLY : Editing.EDITABLE;
  }

  private String requiredText(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
      throw fail(where + ": \"" + field + "\" must be a non-empty string");
    }
    return value.asText();
  }

  private String optionalText(JsonNode node, String field, String id) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw fail(id + ": \"" + field + "\" must be a string");
    }
    return value.asText();
  }

  private boolean booleanValue(JsonNode node, String field, String id) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw fail(id + ": \"" + field + "\" must be true or false");
    }
    return value.asBoolean();
  }

  private BigDecimal decimal(JsonNode node, String field, String id) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || (value.isTextual() && value.asText().isEmpty())) {
      return null;
    }
    if (!value.isNumber()) {
      throw fail(id + ": \"" + field + "\" must be a number");
    }
    return value.decimalValue();
  }

  private int nonNegative(JsonNode node, String field, String id, int absent) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return absent;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0) {
      throw fail(id + ": \"" + field + "\" must be a whole number, zero or more");
    }
    return value.asInt();
  }

  private List<String> stringList(JsonNode node, String id) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw fail(id + ": defaultValue of a checklist must be an array of strings");
    }
    List<String> values = new ArrayList<>();
    for (JsonNode value : node) {
      if (!value.isTextual()) {
        throw fail(id + ": defaultValue of a checklist must be an array of strings");
      }
      values.add(value.asText());
    }
    return List.copyOf(values);
  }

  /** A datetime is one input here (date, time or datetime-local), so its two Modeler labels become one. */
  private static String dateTimeLabel(String dateLabel, String timeLabel, DateTimeSubtype subtype) {
    return switch (subtype) {
      case DATE -> dateLabel;
      case TIME -> timeLabel;
      case DATETIME -> dateLabel.isBlank() || timeLabel.isBlank() ? dateLabel + timeLabel
          : dateLabel + " et " + timeLabel.toLowerCase(Locale.FRENCH);
    };
  }

  private FormSchemaException fail(String message) {
    return new FormSchemaException("form '" + formId + "': " + message);
  }
}
