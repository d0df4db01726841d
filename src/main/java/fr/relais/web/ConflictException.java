package fr.relais.web;

/** The case or task is no longer in a state that allows the change (409); the message says why, in French. */
public class ConflictException extends RuntimeException {
  public ConflictException(String message) {
    super(message);
  }
}
