package fr.relais.training;

import fr.relais.security.RelaisUser;
import fr.relais.tasks.Task;
import fr.relais.tasks.TaskService;
import fr.relais.web.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A trainer records a whole session's attendance at once: each agent's attendance task (one per agent, so each
 * training case moves on its own) is submitted through the task list with the value ticked for them.
 */
@Component
class AttendanceSheet {

  private final TaskService tasks;

  AttendanceSheet(TaskService tasks) {
    this.tasks = tasks;
  }

  /** The session's attendance tasks the trainer may submit, by agent. */
  Map<UUID, Task> openTasks(RelaisUser trainer, UUID sessionId) {
    Map<UUID, Task> byAgent = new LinkedHashMap<>();
    tasks.openTasksOf(trainer).stream()
        .filter(task -> TrainingProcess.RECORD_ATTENDANCE_TASK.equals(task.elementId()))
        .filter(task -> sessionId.toString().equals(task.variables().get("sessionId")))
        .forEach(task -> byAgent.put(UUID.fromString(task.businessKey()), task));
    return byAgent;
  }

  /**
   * Submits the attendance of each agent given; returns how many were recorded. The whole sheet is checked first: a
   * value that is neither present nor absent, or an agent whose attendance is not due, changes nothing at all.
   */
  int record(RelaisUser trainer, UUID sessionId, Map<UUID, String> attendance) {
    Map<UUID, Task> open = openTasks(trainer, sessionId);
    Map<String, String> errors = new LinkedHashMap<>();
    attendance.forEach((agent, value) -> {
      if (!TrainingProcess.ATTENDED.equals(value) && !TrainingProcess.ABSENT.equals(value)) {
        errors.put("attendance-" + agent, "Présent(e) ou absent(e) seulement.");
      } else if (!open.containsKey(agent)) {
        errors.put("attendance-" + agent, "La présence de cet agent n'est pas à enregistrer ici.");
      }
    });
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    attendance.forEach((agent, value) -> tasks.submit(open.get(agent).id(), trainer, Map.of("attendance", value)));
    return attendance.size();
  }
}
