package fr.relais.labellisation.worker;

import fr.relais.labellisation.LabellisationProcess;
import fr.relais.labellisation.LabellisationService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Grants the label with its number, once. */
@Component
public class GrantLabelWorker {

  private final LabellisationService service;

  GrantLabelWorker(LabellisationService service) {
    this.service = service;
  }

  @JobWorker(type = LabellisationProcess.GRANT_LABEL)
  public Map<String, Object> handle(@Variable String structureId) {
    return Map.of("labelNumber", service.grantLabel(UUID.fromString(structureId)));
  }
}
