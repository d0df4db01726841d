package fr.relais.labellisation.worker;

import fr.relais.labellisation.LabellisationProcess;
import fr.relais.labellisation.LabellisationService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Schedules the fast-track re-audit once the upgrade is recorded. */
@Component
public class ScheduleReauditWorker {

  private final LabellisationService service;

  ScheduleReauditWorker(LabellisationService service) {
    this.service = service;
  }

  @JobWorker(type = LabellisationProcess.SCHEDULE_REAUDIT)
  public Map<String, Object> handle(@Variable String structureId) {
    return AuditVariables.of(service.scheduleReaudit(UUID.fromString(structureId)));
  }
}
