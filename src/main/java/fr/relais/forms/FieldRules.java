package fr.relais.forms;

import fr.relais.forms.FormComponent.Checkbox;
import fr.relais.forms.FormComponent.Checklist;
import fr.relais.forms.FormComponent.Choice;
import fr.relais.forms.FormComponent.DateTime;
import fr.relais.forms.FormComponent.Field;
import fr.relais.forms.FormComponent.FilePicker;
import fr.relais.forms.FormComponent.NumberField;
import fr.relais.forms.FormComponent.TextArea;
import fr.relais.forms.FormComponent.TextField;
import fr.relais.forms.FormComponent.TextRules;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The schema's rules (required, lengths, bounds, pattern, options) applied to a value already typed. */
final class FieldRules {

  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .()-]{5,19}");

  private FieldRules() {}

  /** The first rule the value breaks, or null. */
  static String check(Field field, Object value, FormOptions options) {
    if (isEmpty(value)) {
      return field.required() ? FormMessages.REQUIRED : null;
    }
    return switch (field) {
      case TextField text -> text(text.rules(), (String) value);
      case TextArea text -> text(text.rules(), (String) value);
      case NumberField number -> number(number, (BigDecimal) value);
      case Checklist checklist -> {
        Set<String> allowed = allowed(checklist, options);
        yield allowed.containsAll(stringList(value)) ? null : FormMessages.NOT_ALLOWED;
      }
      case Choice choice -> allowed(choice, options).contains((String) value) ? null : FormMessages.NOT_ALLOWED;
      case Checkbox checkbox -> null;
      case DateTime dateTime -> null;
      case FilePicker filePicker -> null;
    };
  }

  private static boolean isEmpty(Object value) {
    return value == null || Boolean.FALSE.equals(value) || value instanceof List<?> list && list.isEmpty();
  }

  private static String text(TextRules rules, String value) {
    if (rules.maxLength() != null && value.length() > rules.maxLength()) {
      return FormMessages.maxLength(rules.maxLength());
    }
    if (rules.minLength() != null && value.length() < rules.minLength()) {
      return FormMessages.minLength(rules.minLength());
    }
    switch (rules.textType()) {
      case EMAIL -> {
        if (!EMAIL.matcher(value).matches()) {
          return FormMessages.EMAIL;
        }
      }
      case PHONE -> {
        if (!PHONE.matcher(value).matches()) {
          return FormMessages.PHONE;
        }
      }
      case TEXT -> { }
    }
    // form-js tests the pattern with RegExp.test, which matches anywhere unless the pattern is anchored.
    if (rules.pattern() != null && !rules.pattern().matcher(value).find()) {
      return FormMessages.PATTERN;
    }
    return null;
  }

  private static String number(NumberField field, BigDecimal value) {
    if (field.decimalDigits() != null && value.scale() > field.decimalDigits()) {
      return field.decimalDigits() == 0 ? FormMessages.INTEGER : FormMessages.decimals(field.decimalDigits());
    }
    if (field.min() != null && value.compareTo(field.min()) < 0) {
      return FormMessages.min(field.min().stripTrailingZeros().toPlainString());
    }
    if (field.max() != null && value.compareTo(field.max()) > 0) {
      return FormMessages.max(field.max().stripTrailingZeros().toPlainString());
    }
    return null;
  }

  private static Set<String> allowed(Choice choice, FormOptions options) {
    return choice.options().resolve(options).stream().map(FormOption::value).collect(Collectors.toSet());
  }

  @SuppressWarnings("unchecked")
  private static List<String> stringList(Object value) {
    return (List<String>) value;
  }
}
