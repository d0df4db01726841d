package fr.relais.labellisation.worker;

import fr.relais.labellisation.LabellisationProcess;
import fr.relais.labellisation.LabellisationService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Records the refusal, by ANCT's prior agreement or by the prefect. */
@Component
public class RefuseLabelWorker {

  private final LabellisationService service;

  RefuseLabelWorker(LabellisationService service) {
    this.service = service;
  }

  @JobWorker(type = LabellisationProcess.REFUSE_LABEL)
  public void handle(@Variable String structureId) {
    service.refuse(UUID.fromString(structureId));
  }
}
