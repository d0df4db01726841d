package fr.relais.forms;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One form of forms/ used as the contract of an entry point (a page and its API twin): its schema, the options
 * of its data-driven lists, and the validation both share.
 */
public final class FormContract {

  private final FormRegistry forms;
  private final FormValidator validator;
  private final String formId;
  private final Supplier<FormOptions> options;

  public FormContract(FormRegistry forms, FormValidator validator, String formId, Supplier<FormOptions> options) {
    this.forms = forms;
    this.validator = validator;
    this.formId = formId;
    this.options = options;
  }

  public FormDefinition definition() {
    return forms.find(formId).orElseThrow(() -> new IllegalStateException("no form " + formId + " in forms/"));
  }

  public FormOptions options() {
    return options.get();
  }

  public FormSubmission submit(Map<String, Object> input) {
    return validator.validate(definition(), input, options());
  }
}
