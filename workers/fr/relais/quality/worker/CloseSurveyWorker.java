package fr.relais.quality.worker;

import fr.relais.quality.QualityProcess;
import fr.relais.quality.SatisfactionSurveys;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Closes the survey, counts it, and opens the label review when satisfaction is too low. */
@Component
public class CloseSurveyWorker {

  private final SatisfactionSurveys surveys;

  CloseSurveyWorker(SatisfactionSurveys surveys) {
    this.surveys = surveys;
  }

  @JobWorker(type = QualityProcess.CLOSE_SURVEY)
  public Map<String, Object> handle(@Variable String surveyId) {
    SatisfactionSurveys.SurveyOutcome outcome = surveys.close(UUID.fromString(surveyId));
    Map<String, Object> variables = new HashMap<>();
    variables.put("belowThreshold", outcome.belowThreshold());
    variables.put("reviewId", outcome.reviewId() == null ? null : outcome.reviewId().toString());
    return variables;
  }
}
