package fr.relais.labellisation.worker;

import fr.relais.labellisation.LabellisationProcess;
import fr.relais.labellisation.LabellisationService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Closes the project the prefect abandoned. */
@Component
public class AbandonWorker {

  private final LabellisationService service;

  AbandonWorker(LabellisationService service) {
    this.service = service;
  }

  @JobWorker(type = LabellisationProcess.ABANDON_PROJECT)
  public void handle(@Variable String structureId) {
    service.abandon(UUID.fromString(structureId));
  }
}
