package fr.relais.forms;

import java.util.List;

/**
 * Everything a template needs to render one component, computed in advance so templates hold no logic.
 *
 * <p>{@code type} is the Camunda type ({@code textfield}, {@code select}, {@code group}...). {@code name} is the
 * HTML name the validator reads back ({@code checks[0].code} inside a dynamic list); {@code id} a DOM id derived
 * from it. {@code value} is what the user sees in the input (what they typed, even if invalid); {@code inputType}
 * the HTML input type. {@code html} is set for {@code text} components only: markdown already escaped and reduced
 * to paragraphs, bold and links, the one value a template may write unescaped.
 */
public record FieldView(
    String type,
    String id,
    String name,
    String key,
    String label,
    String help,
    String value,
    boolean checked,
    List<OptionView> options,
    String error,
    boolean required,
    boolean hidden,
    boolean readonly,
    Integer minLength,
    Integer maxLength,
    String min,
    String max,
    String inputType,
    String inputMode,
    String html,
    List<RowView> rows,
    List<ItemView> items) {

  public FieldView {
    options = options == null ? List.of() : List.copyOf(options);
    rows = rows == null ? List.of() : List.copyOf(rows);
    items = items == null ? List.of() : List.copyOf(items);
  }

  public boolean hasError() {
    return error != null;
  }

  public boolean hasLabel() {
    return label != null && !label.isBlank();
  }

  public boolean hasHelp() {
    return help != null;
  }

  /** Id of the DSFR messages group (always rendered, empty without error) the input's aria-describedby names. */
  public String messagesId() {
    return id + "-messages";
  }

  public String errorId() {
    return id + "-message-error";
  }

  public String legendId() {
    return id + "-legend";
  }

  /**
   * The element hidden or shown with the component: the input's DSFR group, or the fieldset or block itself for
   * components whose id is already on their outer element. The live conditions toggle it by this id.
   */
  public String containerId() {
    return switch (type) {
      case "radio", "checklist", "text", "group", "dynamiclist" -> id;
      default -> id + "-group";
    };
  }

  /**
   * Where a link of the error summary moves the focus: the input itself, or a choice's first option (a fieldset
   * cannot take the focus).
   */
  public String focusId() {
    return options.isEmpty() || type.equals("select") ? id : options.getFirst().id();
  }

  /** A text field with a declared limit shows how many characters it holds against that limit. */
  public boolean hasCounter() {
    return maxLength != null && (type.equals("textfield") || type.equals("textarea"));
  }

  public String counterId() {
    return id + "-counter";
  }

  /** The counter as first rendered; static/js/forms.js keeps it up to date with the same words. */
  public String counterText() {
    int length = length();
    String count = length + " caractère" + (length > 1 ? "s" : "") + " sur " + maxLength;
    return counterOver() ? count + " : " + (length - maxLength) + " de trop" : count;
  }

  /** Whether the value is longer than the limit (the counter then shows as an error). */
  public boolean counterOver() {
    return length() > maxLength;
  }

  private int length() {
    return value == null ? 0 : value.replace("\r\n", "\n").length();
  }

  /** The ids the input's aria-describedby names: its messages, and its counter when it has one. */
  public String describedBy() {
    return hasCounter() ? messagesId() + " " + counterId() : messagesId();
  }

  /** True when no option is selected, so a select shows its placeholder. */
  public boolean nothingSelected() {
    return options.stream().noneMatch(OptionView::selected);
  }
}
