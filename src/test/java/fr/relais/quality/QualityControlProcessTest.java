package fr.relais.quality;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relais.support.OwnEngine;
import fr.relais.support.ProcessTestSupport;
import fr.relais.support.ProcessTestSupport.UserTaskJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path of processes/quality-control.bpmn: the monthly campaign, and a drawn structure's control. */
@OwnEngine
@ZeebeProcessTest
class QualityControlProcessTest {

  private static final String VISIT = QualityProcess.VISIT_TASK;
  private static final String SCORE = "ServiceTask_ScoreVisit";
  private static final String PASSED = "EndEvent_VisitPassed";
  private static final String PLAN = QualityProcess.PLAN_TASK;
  private static final String FOLLOW_UP = "Event_FollowUpDue";
  private static final String REVIEW = QualityProcess.REVIEW_TASK;
  private static final String SUSPEND = "ServiceTask_SuspendLabel";
  private static final String SUSPENSION_ENDS = "Event_SuspensionEnds";
  private static final String REINSTATE = "ServiceTask_ReinstateLabel";
  private static final String WITHDRAW = "ServiceTask_WithdrawLabel";
  private static final String KEPT = "EndEvent_LabelKept";
  private static final String REINSTATED = "EndEvent_LabelReinstated";
  private static final String WITHDRAWN = "EndEvent_LabelWithdrawn";
  private static final String STRUCTURE_ID = UUID.randomUUID().toString();
  private static final Duration FOLLOW_UP_AFTER = Duration.ofDays(60);

  private ZeebeTestEngine engine;
  private ProcessTestSupport process;

  @BeforeEach
  void deployQualityControl() {
    process = new ProcessTestSupport(engine);
    process.deploy(QualityProcess.ID);
  }

  @AfterEach
  void closeClient() {
    process.close();
  }

  @Test
  void theCampaignTimerDrawsOnTheFirstOfEachMonth() {
    LocalDate today = LocalDate.ofInstant(process.now(), ZoneOffset.UTC);
    LocalDate firstOfNextMonth = today.withDayOfMonth(1).plusMonths(1);

    assertThat(process.hasOpenJob(QualityProcess.DRAW_SAMPLE)).as("not before the 1st").isFalse();
    process.moveClockPast(firstOfNextMonth.atTime(5, 0).toInstant(ZoneOffset.UTC).toString());
    process.completeJob(QualityProcess.DRAW_SAMPLE, Map.of("drawn", 3));
    process.moveClockPast(firstOfNextMonth.plusMonths(1).atTime(5, 0).toInstant(ZoneOffset.UTC).toString());

    assertThat(process.hasOpenJob(QualityProcess.DRAW_SAMPLE)).as("and again a month later").isTrue();
  }

  @Test
  void aVisitAtOrAboveTheThresholdEndsTheControl() {
    long control = drawStructure();
    UserTaskJob visit = process.userTask(VISIT);
    assertThat(visit.candidateGroups()).containsExactly("mystery-visitors");
    assertThat(visit.formKey()).isEqualTo(QualityProcess.VISIT_FORM);
    visitAndScore(true, false);

    process.assertThatInstance(control)
        .hasPassedElementsInOrder(VISIT, SCORE, PASSED)
        .hasNotPassedElement(PLAN)
        .hasNoIncidents()
        .isCompleted();
  }

  @Test
  void aFailedVisitAsksTheStructureForAPlanThenAFollowUpVisitPasses() {
    long control = drawStructure();
    failFirstVisitAndPlan();

    process.increaseTime(FOLLOW_UP_AFTER.minus(Duration.ofDays(1)));
    assertThat(process.hasOpenUserTask(VISIT)).as("not before the follow-up date").isFalse();
    process.moveClockPast(process.isoIn(Duration.ofDays(1)));
    visitAndScore(true, false);

    process.assertThatInstance(control)
        .hasPassedElementsInOrder(VISIT, SCORE, PLAN, FOLLOW_UP, VISIT, SCORE, PASSED)
        .hasPassedElement(VISIT, 2)
        .hasNotPassedElement(REVIEW)
        .hasNoIncidents()
        .isCompleted();
  }

  @Test
  void twoFailedVisitsLetThePrefectKeepTheLabel() {
    long control = failTwice();
    review("KEEP", Map.of());

    process.assertThatInstance(control)
        .hasPassedElementsInOrder(VISIT, PLAN, VISIT, REVIEW, KEPT)
        .hasNotPassedElement(SUSPEND)
        .hasNotPassedElement(WITHDRAW)
        .hasNoIncidents()
        .isCompleted();
  }

  @Test
  void twoFailedVisitsLetThePrefectSuspendTheLabelUntilADateWhenItIsReinstated() {
    long control = failTwice();
    review("SUSPEND", Map.of("suspendedUntil", "2027-06-30"));
    String until = process.isoIn(Duration.ofDays(90));
    process.completeJob(QualityProcess.SUSPEND_LABEL, Map.of("suspendedUntilAt", until));

    process.assertWaitingAt(control, SUSPENSION_ENDS);
    process.moveClockPast(until);
    process.completeJob(QualityProcess.REINSTATE_LABEL, Map.of());

    process.assertThatInstance(control)
        .hasPassedElementsInOrder(REVIEW, SUSPEND, SUSPENSION_ENDS, REINSTATE, REINSTATED)
        .hasNotPassedElement(WITHDRAW)
        .hasNoIncidents()
        .isCompleted();
  }

  @Test
  void twoFailedVisitsLetThePrefectWithdrawTheLabel() {
    long control = failTwice();
    review("WITHDRAW", Map.of());
    process.completeJob(QualityProcess.WITHDRAW_LABEL, Map.of());

    process.assertThatInstance(control)
        .hasPassedElementsInOrder(REVIEW, WITHDRAW, WITHDRAWN)
        .hasNotPassedElement(SUSPEND)
        .hasNotPassedElement(KEPT)
        .hasNoIncidents()
        .isCompleted();
  }

  private long drawStructure() {
    String id = UUID.randomUUID().toString();
    return process.startInstance(QualityProcess.ID, Map.of("controlId", id, "businessKey", id,
        "structureId", STRUCTURE_ID, "department", "35"));
  }

  private void visitAndScore(boolean passed, boolean reviewDue) {
    process.completeUserTask(VISIT, Map.of("visitDate", "2027-02-03", "scenario", "FAMILLE"));
    Map<String, Object> outcome = new HashMap<>();
    outcome.put("passed", passed);
    outcome.put("reviewDue", reviewDue);
    outcome.put("planDueAt", passed || reviewDue ? null : process.isoIn(Duration.ofDays(30)));
    outcome.put("reviewId", reviewDue ? UUID.randomUUID().toString() : null);
    process.completeJob(QualityProcess.SCORE_VISIT, outcome);
  }

  private void failFirstVisitAndPlan() {
    visitAndScore(false, false);
    UserTaskJob plan = process.userTask(PLAN);
    assertThat(plan.candidateGroups()).containsExactly("agent:" + STRUCTURE_ID);
    assertThat(plan.dueDate()).as("due in 30 days").isNotNull();
    process.completeUserTask(PLAN, Map.of("plan", "Second agent à l'accueil le lundi, affichage des horaires."));
    process.completeJob(QualityProcess.SCHEDULE_FOLLOW_UP, Map.of("followUpAt", process.isoIn(FOLLOW_UP_AFTER)));
  }

  private long failTwice() {
    long control = drawStructure();
    failFirstVisitAndPlan();
    process.increaseTime(FOLLOW_UP_AFTER.plus(Duration.ofMinutes(1)));
    visitAndScore(false, true);
    UserTaskJob review = process.userTask(REVIEW);
    assertThat(review.candidateGroups()).containsExactly("prefect:35");
    assertThat(review.formKey()).isEqualTo(QualityProcess.REVIEW_FORM);
    return control;
  }

  private void review(String decision, Map<String, Object> more) {
    Map<String, Object> fields = new HashMap<>(more);
    fields.put("decision", decision);
    fields.put("reason", "Deux visites sous le seuil malgré le plan d'action.");
    process.completeUserTask(REVIEW, fields);
  }
}
