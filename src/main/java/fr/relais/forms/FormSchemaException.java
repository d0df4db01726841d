package fr.relais.forms;

/** A form file Relais cannot use as it is; thrown at start-up so a broken form never reaches a user. */
public class FormSchemaException extends RuntimeException {

  public FormSchemaException(String message) {
    super(message);
  }

  public FormSchemaException(String message, Throwable cause) {
    super(message, cause);
  }
}
