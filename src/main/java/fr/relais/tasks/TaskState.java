package fr.relais.tasks;

/**
 * SUBMITTED means the submission is stored and its completion in the engine is pending (for instance
 * while the engine is away); the user's part is done.
 */
public enum TaskState {
  OPEN,
  SUBMITTED,
  COMPLETED,
  WITHDRAWN
}
