package fr.relais.labellisation.worker;

import fr.relais.labellisation.LabellisationProcess;
import fr.relais.labellisation.LabellisationService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Gives the timer the date the postponed label decision comes back to the prefect. */
@Component
public class PostponeDecisionWorker {

  private final LabellisationService service;

  PostponeDecisionWorker(LabellisationService service) {
    this.service = service;
  }

  @JobWorker(type = LabellisationProcess.POSTPONE_DECISION)
  public Map<String, Object> handle(@Variable String structureId) {
    return Map.of("decisionDueAt", service.postponeDecision(UUID.fromString(structureId)).toString());
  }
}
