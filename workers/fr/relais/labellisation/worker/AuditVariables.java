package fr.relais.labellisation.worker;

import fr.relais.labellisation.LabellisationService.Assignment;
import fr.relais.tasks.Task;
import java.util.Map;

/**
 * The audit round's variables the BPMN reads: who audits (the task's assignee), by when, whether fast-tracked; a
 * fast-track re-audit also carries the task list's {@code priority} mark.
 */
final class AuditVariables {

  private AuditVariables() {}

  static Map<String, Object> of(Assignment assignment) {
    return Map.of("auditor", assignment.auditor(), "auditDueAt", assignment.dueAt().toString(),
        "fastTrack", assignment.fastTrack(), Task.PRIORITY, assignment.fastTrack());
  }
}
