package fr.relais.labellisation.worker;

import fr.relais.labellisation.LabellisationProcess;
import fr.relais.labellisation.LabellisationService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Starts the upgrade period after a failed audit (or after the prefect extends it). */
@Component
public class RequestUpgradeWorker {

  private final LabellisationService service;

  RequestUpgradeWorker(LabellisationService service) {
    this.service = service;
  }

  @JobWorker(type = LabellisationProcess.REQUEST_UPGRADE)
  public Map<String, Object> handle(@Variable String structureId) {
    return Map.of("upgradeDueAt", service.requestUpgrade(UUID.fromString(structureId)).toString());
  }
}
