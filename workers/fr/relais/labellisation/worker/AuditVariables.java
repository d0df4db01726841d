package fr.relais.labellisation.worker;

import fr.relais.labellisation.LabellisationService.Assignment;
import java.util.Map;

/** The audit round's variables the BPMN reads: who audits (the task's assignee), by when, and whether fast-tracked. */
final class AuditVariables {

  private AuditVariables() {}

  static Map<String, Object> of(Assignment assignment) {
    return Map.of("auditor", assignment.auditor(), "auditDueAt", assignment.dueAt().toString(),
        "fastTrack", assignment.fastTrack());
  }
}
