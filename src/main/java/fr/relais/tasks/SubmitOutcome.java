package fr.relais.tasks;

/** What became of an accepted submission. */
public enum SubmitOutcome {
  /** The engine completed the step. */
  COMPLETED,
  /** The submission is stored; the engine was away and will be told as soon as it answers. */
  PENDING
}
