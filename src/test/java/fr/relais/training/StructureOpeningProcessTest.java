package fr.relais.training;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relais.support.OwnEngine;
import fr.relais.support.ProcessTestSupport;
import fr.relais.support.ProcessTestSupport.UserTaskJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path of processes/structure-opening.bpmn: the planned opening day checks the two trained agents. */
@OwnEngine
@ZeebeProcessTest
class StructureOpeningProcessTest {

  private static final String OPENING_DATE = "Event_OpeningDate";
  private static final String CHECK = "ServiceTask_CheckReadiness";
  private static final String DECIDE = TrainingProcess.DECIDE_OPENING_TASK;
  private static final String POSTPONE = "ServiceTask_PostponeOpening";
  private static final String READY = "EndEvent_ReadyToOpen";
  private static final String AT_RISK = "EndEvent_OpensAtRisk";
  private static final Duration OPENS_IN = Duration.ofDays(45);

  private ZeebeTestEngine engine;
  private ProcessTestSupport process;

  @BeforeEach
  void deployOpeningProcess() {
    process = new ProcessTestSupport(engine);
    process.deploy(TrainingProcess.OPENING_ID);
  }

  @AfterEach
  void closeClient() {
    process.close();
  }

  @Test
  void aStructureWithTwoTrainedAgentsOnItsOpeningDayIsReady() {
    String openingAt = process.isoIn(OPENS_IN);
    long structure = watch(openingAt);

    process.increaseTime(OPENS_IN.minus(Duration.ofDays(1)));
    assertThat(process.hasOpenJob(TrainingProcess.CHECK_READINESS)).as("not before the day").isFalse();
    process.moveClockPast(openingAt);
    process.completeJob(TrainingProcess.CHECK_READINESS, Map.of("ready", true));

    process.assertThatInstance(structure)
        .hasPassedElementsInOrder(OPENING_DATE, CHECK, READY)
        .hasNotPassedElement(DECIDE)
        .hasNoIncidents()
        .isCompleted();
  }

  @Test
  void theOpeningDayWithOneTrainedAgentAsksThePrefectWhoAcceptsTheRisk() {
    String openingAt = process.isoIn(OPENS_IN);
    long structure = watch(openingAt);
    process.moveClockPast(openingAt);
    process.completeJob(TrainingProcess.CHECK_READINESS, Map.of("ready", false));

    UserTaskJob decision = process.userTask(DECIDE);
    assertThat(decision.candidateGroups()).containsExactly("prefect:35");
    assertThat(decision.formKey()).isEqualTo(TrainingProcess.OPENING_DECISION_FORM);
    process.completeUserTask(DECIDE, Map.of("openingDecision", "ACCEPT_RISK",
        "reason", "Le second agent termine sa formation la semaine prochaine."));

    process.assertThatInstance(structure)
        .hasPassedElementsInOrder(OPENING_DATE, CHECK, DECIDE, AT_RISK)
        .hasNotPassedElement(POSTPONE)
        .hasNotPassedElement(READY)
        .hasNoIncidents()
        .isCompleted();
  }

  @Test
  void aPostponedOpeningIsCheckedAgainOnItsNewDay() {
    String openingAt = process.isoIn(OPENS_IN);
    long structure = watch(openingAt);
    process.moveClockPast(openingAt);
    process.completeJob(TrainingProcess.CHECK_READINESS, Map.of("ready", false));
    process.completeUserTask(DECIDE, Map.of("openingDecision", "POSTPONE", "newOpeningDate", "2027-09-01",
        "reason", "Attendre la session de formation de septembre."));
    String postponedTo = process.isoIn(Duration.ofDays(30));
    process.completeJob(TrainingProcess.POSTPONE_OPENING, Map.of("openingAt", postponedTo));

    process.assertWaitingAt(structure, OPENING_DATE);
    process.moveClockPast(postponedTo);
    process.completeJob(TrainingProcess.CHECK_READINESS, Map.of("ready", true));

    process.assertThatInstance(structure)
        .hasPassedElementsInOrder(OPENING_DATE, CHECK, DECIDE, POSTPONE, OPENING_DATE, CHECK, READY)
        .hasPassedElement(CHECK, 2)
        .hasNotPassedElement(AT_RISK)
        .hasNoIncidents()
        .isCompleted();
  }

  private long watch(String openingAt) {
    String id = UUID.randomUUID().toString();
    return process.startInstance(TrainingProcess.OPENING_ID, Map.of("structureId", id, "businessKey", id,
        "department", "35", "openingAt", openingAt));
  }
}
