package fr.relais.labellisation.worker;

import fr.relais.labellisation.LabellisationProcess;
import fr.relais.labellisation.LabellisationService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Checks the declared figures against the thresholds of the structure's référentiel version. */
@Component
public class CheckDeclarationWorker {

  private final LabellisationService structures;

  CheckDeclarationWorker(LabellisationService structures) {
    this.structures = structures;
  }

  @JobWorker(type = LabellisationProcess.CHECK_DECLARATION)
  public Map<String, Object> handle(@Variable String structureId) {
    return Map.of("declarationComplete", structures.checkDeclaration(UUID.fromString(structureId)));
  }
}
