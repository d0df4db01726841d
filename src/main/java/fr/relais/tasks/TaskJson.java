package fr.relais.tasks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A task as the API shows it; a stored submission waiting for the engine is already done for the user. */
record TaskJson(
    UUID id,
    String name,
    String processId,
    String elementId,
    String businessKey,
    String formKey,
    String assignee,
    List<String> candidateGroups,
    Instant createdAt,
    Instant dueAt,
    String state) {

  static TaskJson of(Task task) {
    String state = task.state() == TaskState.SUBMITTED ? TaskState.COMPLETED.name() : task.state().name();
    return new TaskJson(task.id(), task.name(), task.processId(), task.elementId(), task.businessKey(),
        task.formKey(), task.assignee(), task.candidateGroups(), task.createdAt(), task.dueAt(), state);
  }
}
