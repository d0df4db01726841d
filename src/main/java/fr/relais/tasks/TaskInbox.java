package fr.relais.tasks;

import java.util.Map;

/**
 * The engine side of the task list, kept to what differs between engines: job-worker user tasks
 * today, Camunda user tasks in a second adapter later. Activation comes in through
 * {@link TaskService#receive}.
 */
public interface TaskInbox {

  /** The generation of the engine this inbox talks to; tasks from another generation are stale. */
  String epoch();

  Completion complete(TaskRef task, Map<String, Object> variables);

  /** Whether the task's job still exists; also keeps it from being redelivered while it does. */
  Presence probe(TaskRef task);

  enum Completion {
    COMPLETED,
    /** The job no longer exists: a boundary timer fired or the instance was cancelled. */
    GONE,
    /** The engine could not be reached or did not answer; retry later. */
    UNAVAILABLE
  }

  enum Presence {
    PRESENT,
    GONE,
    UNKNOWN
  }
}
