package fr.relais.quality.worker;

import fr.relais.quality.QualityControls;
import fr.relais.quality.QualityProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Scores the mystery visit: passed, a corrective plan due, or the label's review at the second failure. */
@Component
public class ScoreVisitWorker {

  private final QualityControls controls;

  ScoreVisitWorker(QualityControls controls) {
    this.controls = controls;
  }

  @JobWorker(type = QualityProcess.SCORE_VISIT)
  public Map<String, Object> handle(@Variable String controlId) {
    QualityControls.VisitOutcome outcome = controls.scoreVisit(UUID.fromString(controlId));
    Map<String, Object> variables = new HashMap<>();
    variables.put("passed", outcome.passed());
    variables.put("reviewDue", outcome.reviewDue());
    variables.put("planDueAt", outcome.planDueAt() == null ? null : outcome.planDueAt().toString());
    variables.put("reviewId", outcome.reviewId() == null ? null : outcome.reviewId().toString());
    return variables;
  }
}
