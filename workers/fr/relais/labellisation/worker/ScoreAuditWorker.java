package fr.relais.labellisation.worker;

import fr.relais.labellisation.LabellisationProcess;
import fr.relais.labellisation.LabellisationService;
import fr.relais.tasks.Task;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Scores the submitted audit: conclusive only when every applicable criterion is compliant. */
@Component
public class ScoreAuditWorker {

  private final LabellisationService service;

  ScoreAuditWorker(LabellisationService service) {
    this.service = service;
  }

  @JobWorker(type = LabellisationProcess.SCORE_AUDIT)
  public Map<String, Object> handle(@Variable String structureId) {
    LabellisationService.Score score = service.scoreAudit(UUID.fromString(structureId));
    // The fast-track mark belongs to the re-audit alone: the steps after it are not priorities.
    return Map.of("conclusive", score.conclusive(), "abandonDecisionDue", score.decisionDue(), Task.PRIORITY, false);
  }
}
