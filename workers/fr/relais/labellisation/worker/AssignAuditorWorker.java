package fr.relais.labellisation.worker;

import fr.relais.labellisation.LabellisationProcess;
import fr.relais.labellisation.LabellisationService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Assigns the first on-site audit to the least-loaded auditor covering the structure's department. */
@Component
public class AssignAuditorWorker {

  private final LabellisationService service;

  AssignAuditorWorker(LabellisationService service) {
    this.service = service;
  }

  @JobWorker(type = LabellisationProcess.ASSIGN_AUDITOR)
  public Map<String, Object> handle(@Variable String structureId) {
    return AuditVariables.of(service.assignAuditor(UUID.fromString(structureId)));
  }
}
