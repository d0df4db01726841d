package fr.relais.tasks;

/** The task can no longer be acted on as asked (already done, withdrawn, taken by someone else). */
public class TaskConflictException extends RuntimeException {
  public TaskConflictException(String message) {
    super(message);
  }
}
