package fr.relais.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One component of a Camunda Form, as read from its JSON. Only the types Relais can render and validate
 * exist here; the parser refuses any other type, so a form never silently loses a field.
 *
 * <p>{@code hide} is the FEEL expression of {@code conditional.hide} as written (e.g. {@code =outcome != "X"}),
 * or null; {@code row} is {@code layout.row}, or null.
 */
public sealed interface FormComponent {

  String id();

  String hide();

  String row();

  /** A component that holds a value under its {@code key}. */
  sealed interface Field extends FormComponent {

    String key();

    String label();

    /** Help text shown under the label ({@code description} in the JSON). */
    String description();

    boolean required();

    Editing editing();

    /** Shown but not editable: read-only and disabled fields alike. */
    default boolean readonly() {
      return editing() != Editing.EDITABLE;
    }
  }

  /** A component that holds a list of options, inline ({@code values}) or supplied at run time ({@code valuesKey}). */
  sealed interface Choice extends Field {

    Options options();
  }

  record TextField(String id, String key, String label, String description, String hide, String row,
      Editing editing, TextRules rules, String defaultValue) implements Field {

    @Override
    public boolean required() {
      return rules.required();
    }
  }

  record TextArea(String id, String key, String label, String description, String hide, String row,
      Editing editing, TextRules rules, String defaultValue) implements Field {

    @Override
    public boolean required() {
      return rules.required();
    }
  }

  /**
   * {@code decimalDigits} null means any precision; {@code serializeToString} makes the submitted value a string,
   * as form-js does for numbers too precise for a JavaScript double.
   */
  record NumberField(String id, String key, String label, String description, String hide, String row,
      Editing editing, boolean required, BigDecimal min, BigDecimal max, Integer decimalDigits,
      boolean serializeToString, BigDecimal defaultValue) implements Field {}

  record Checkbox(String id, String key, String label, String description, String hide, String row,
      Editing editing, boolean required, boolean defaultValue) implements Field {}

  record Checklist(String id, String key, String label, String description, String hide, String row,
      Editing editing, boolean required, Options options, List<String> defaultValue) implements Choice {}

  record Radio(String id, String key, String label, String description, String hide, String row,
      Editing editing, boolean required, Options options, String defaultValue) implements Choice {}

  record Select(String id, String key, String label, String description, String hide, String row,
      Editing editing, boolean required, Options options, String defaultValue) implements Choice {}

  /** A date, a time or both; values are strings serialised the way form-js does, local times in Europe/Paris. */
  record DateTime(String id, String key, String label, String description, String hide, String row,
      Editing editing, boolean required, DateTimeSubtype subtype, TimeFormat timeFormat,
      boolean disallowPassedDates) implements Field {}

  /** Holds a file reference only: uploads are not handled yet, so the value is an opaque string. */
  record FilePicker(String id, String key, String label, String description, String hide, String row,
      Editing editing, boolean required, String accept, boolean multiple) implements Field {}

  /** Display-only markdown ({@code type: "text"}). */
  record Text(String id, String hide, String row, String text) implements FormComponent {}

  /** Groups components; with a {@code path} its fields are nested under that key, without one they stay flat. */
  record Group(String id, String label, String path, String hide, String row, List<FormComponent> components)
      implements FormComponent {}

  /** A repeated group: the value under {@code path} is a list of objects, one per item. */
  record DynamicList(String id, String label, String path, String hide, String row,
      List<FormComponent> components, int defaultRepetitions) implements FormComponent {}

  /**
   * As in Camunda's form viewer: a read-only field's value is part of the submission, a disabled one's is not. The
   * server never takes either from the client: a read-only field keeps the value the form was opened with.
   */
  enum Editing { EDITABLE, READONLY, DISABLED }

  record TextRules(boolean required, Integer minLength, Integer maxLength, Pattern pattern, TextType textType) {}

  /** {@code validate.validationType} of a textfield. */
  enum TextType { TEXT, EMAIL, PHONE }

  enum DateTimeSubtype { DATE, TIME, DATETIME }

  /** {@code timeSerializingFormat}: how a time is written into the submitted value. */
  enum TimeFormat { UTC_OFFSET, UTC_NORMALIZED, NO_TIMEZONE }

  /** Either a fixed list or the name of a list supplied at run time through {@link FormOptions}. */
  record Options(List<FormOption> values, String valuesKey) {

    public List<FormOption> resolve(FormOptions supplied) {
      return valuesKey == null ? values : supplied.forKey(valuesKey);
    }
  }
}
