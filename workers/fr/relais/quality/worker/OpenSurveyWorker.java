package fr.relais.quality.worker;

import fr.relais.quality.QualityProcess;
import fr.relais.quality.SatisfactionSurveys;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Gives the timer the date the yearly survey closes. */
@Component
public class OpenSurveyWorker {

  private final SatisfactionSurveys surveys;

  OpenSurveyWorker(SatisfactionSurveys surveys) {
    this.surveys = surveys;
  }

  @JobWorker(type = QualityProcess.OPEN_SURVEY)
  public Map<String, Object> handle(@Variable String surveyId) {
    return Map.of("surveyClosesAt", surveys.open(UUID.fromString(surveyId)).toString());
  }
}
