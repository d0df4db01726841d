package fr.relais.quality;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relais.support.OwnEngine;
import fr.relais.support.ProcessTestSupport;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path of processes/satisfaction-survey.bpmn: open four weeks, counted, and reviewed when below the threshold. */
@OwnEngine
@ZeebeProcessTest
class SatisfactionSurveyProcessTest {

  private static final Duration OPEN_FOR = Duration.ofDays(28);

  private ZeebeTestEngine engine;
  private ProcessTestSupport process;

  @BeforeEach
  void deploySurvey() {
    process = new ProcessTestSupport(engine);
    process.deploy(QualityProcess.SURVEY_ID);
  }

  @AfterEach
  void closeClient() {
    process.close();
  }

  @Test
  void aSatisfyingSurveyClosesAfterFourWeeks() {
    long survey = openSurvey();
    String closesAt = process.isoIn(OPEN_FOR);
    process.completeJob(QualityProcess.OPEN_SURVEY, Map.of("surveyClosesAt", closesAt));

    process.increaseTime(OPEN_FOR.minus(Duration.ofHours(1)));
    assertThat(process.hasOpenJob(QualityProcess.CLOSE_SURVEY)).as("open four weeks").isFalse();
    process.moveClockPast(closesAt);
    process.completeJob(QualityProcess.CLOSE_SURVEY, outcome(false));

    process.assertThatInstance(survey)
        .hasPassedElementsInOrder("ServiceTask_OpenSurvey", "Event_SurveyCloses", "ServiceTask_CloseSurvey",
            "EndEvent_SurveyClosed")
        .hasNotPassedElement(QualityProcess.REVIEW_TASK)
        .hasNoIncidents()
        .isCompleted();
  }

  @Test
  void aSurveyBelowTheThresholdSendsTheLabelToThePrefectsReview() {
    long survey = openSurvey();
    String closesAt = process.isoIn(OPEN_FOR);
    process.completeJob(QualityProcess.OPEN_SURVEY, Map.of("surveyClosesAt", closesAt));
    process.moveClockPast(closesAt);
    process.completeJob(QualityProcess.CLOSE_SURVEY, outcome(true));

    assertThat(process.userTask(QualityProcess.REVIEW_TASK).candidateGroups()).containsExactly("prefect:35");
    process.completeUserTask(QualityProcess.REVIEW_TASK, Map.of("decision", "WITHDRAW",
        "reason", "Satisfaction très basse et plaintes répétées."));
    process.completeJob(QualityProcess.WITHDRAW_LABEL, Map.of());

    process.assertThatInstance(survey)
        .hasPassedElementsInOrder("ServiceTask_CloseSurvey", QualityProcess.REVIEW_TASK, "ServiceTask_WithdrawLabel",
            "EndEvent_LabelWithdrawn")
        .hasNotPassedElement("EndEvent_SurveyClosed")
        .hasNoIncidents()
        .isCompleted();
  }

  private long openSurvey() {
    String id = UUID.randomUUID().toString();
    return process.startInstance(QualityProcess.SURVEY_ID, Map.of("surveyId", id, "businessKey", id,
        "structureId", UUID.randomUUID().toString(), "department", "35"));
  }

  private static Map<String, Object> outcome(boolean below) {
    Map<String, Object> outcome = new HashMap<>();
    outcome.put("belowThreshold", below);
    outcome.put("reviewId", below ? UUID.randomUUID().toString() : null);
    return outcome;
  }
}
