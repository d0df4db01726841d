package fr.relais.tasks;

import fr.relais.web.ConflictException;

/** The task can no longer be acted on as asked (already done, withdrawn, taken by someone else). */
public class TaskConflictException extends ConflictException {
  public TaskConflictException(String message) {
    super(message);
  }
}
