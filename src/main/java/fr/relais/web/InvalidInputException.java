package fr.relais.web;

import java.util.Map;

/** Input refused field by field; nothing was changed. Rendered as 400 with the errors, or beside the fields. */
public class InvalidInputException extends RuntimeException {

  private final transient Map<String, String> errors;

  public InvalidInputException(Map<String, String> errors) {
    super("invalid input: " + errors.keySet());
    this.errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
  }

  public Map<String, String> errors() {
    return errors;
  }
}
