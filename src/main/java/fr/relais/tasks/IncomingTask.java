package fr.relais.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the engine says about a user-task job when it hands it to the task list. */
public record IncomingTask(
    TaskRef ref,
    long processInstanceKey,
    String processId,
    String elementId,
    String formKey,
    List<String> candidateGroups,
    String assignee,
    Instant dueAt,
    Instant followUpAt,
    Map<String, Object> variables) {

  /** Every process carries its case id in this variable, so a task links to its case page. */
  public static final String BUSINESS_KEY = "businessKey";

  public String businessKey() {
    Object value = variables.get(BUSINESS_KEY);
    return value == null ? null : value.toString();
  }
}
