package fr.relais.referral;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relais.support.OwnEngine;
import fr.relais.support.ProcessTestSupport;
import fr.relais.support.ProcessTestSupport.UserTaskJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path of processes/referral.bpmn, with workers and people played by the test. */
@OwnEngine
@ZeebeProcessTest
class ReferralProcessTest {

  private static final String START = "StartEvent_ReferralSubmitted";
  private static final String ROUTE = "ServiceTask_RouteReferral";
  private static final String ANSWER_REFERRAL = "Task_AnswerReferral";
  private static final String REMINDER_DUE = "BoundaryEvent_ReminderDue";
  private static final String REMIND_REFERENTS = "ServiceTask_RemindReferents";
  private static final String REMINDER_SENT = "EndEvent_ReminderSent";
  private static final String ANSWER_OVERDUE = "BoundaryEvent_AnswerOverdue";
  private static final String ESCALATE_TO_POOL = "ServiceTask_EscalateToPool";
  private static final String ANSWER_ESCALATED = "Task_AnswerEscalated";
  private static final String ESCALATION_OVERDUE = "BoundaryEvent_EscalationOverdue";
  private static final String ESCALATE_TO_ANCT = "ServiceTask_EscalateToAnct";
  private static final String ANSWER_AS_ANCT = "Task_AnswerAsAnct";
  private static final String RECORD_ANSWER = "ServiceTask_RecordAnswer";
  private static final String REVIEW_ANSWER = "Task_ReviewAnswer";
  private static final String AUTO_CLOSE = "BoundaryEvent_AutoClose";
  private static final String REQUEST_INFORMATION = "ServiceTask_RequestInformation";
  private static final String PROVIDE_INFORMATION = "Task_ProvideInformation";
  private static final String INFORMATION_OVERDUE = "BoundaryEvent_InformationOverdue";
  private static final String RESUME = "ServiceTask_ResumeReferral";
  private static final String REROUTE = "ServiceTask_RerouteReferral";
  private static final String CLOSE = "ServiceTask_CloseReferral";
  private static final String ANONYMISATION_DUE = "Event_AnonymisationDue";
  private static final String ANONYMISE = "ServiceTask_AnonymiseReferral";
  private static final String CLOSED = "EndEvent_ReferralClosed";

  private static final String ANSWER_FORM = "referral-answer";
  private static final String REFERRAL_ID = UUID.randomUUID().toString();
  private static final String STRUCTURE_ID = UUID.randomUUID().toString();
  private static final Duration ANSWER_WITHIN = Duration.ofHours(72);
  private static final Duration REMIND_AFTER = Duration.ofHours(48);

  // Injected by @ZeebeProcessTest: a fresh in-memory engine for every test.
  private ZeebeTestEngine engine;
  private ProcessTestSupport process;

  @BeforeEach
  void deployReferralProcess() {
    process = new ProcessTestSupport(engine);
    process.deploy(ReferralProcess.ID);
  }

  @AfterEach
  void closeClient() {
    process.close();
  }

  @Test
  void answeredCaseIsClosedByTheAgentThenAnonymisedWhenItsDateComes() {
    String dueAt = process.isoIn(ANSWER_WITHIN);
    long referral = submitReferral(dueAt);
    process.completeJob(ReferralProcess.ROUTE_REFERRAL, Map.of("routed", true));

    UserTaskJob answer = process.userTask(ANSWER_REFERRAL);
    assertThat(answer.candidateGroups()).containsExactly("referent:CAF:35");
    assertThat(answer.formKey()).isEqualTo(ANSWER_FORM);
    assertThat(answer.dueDate()).isEqualTo(Instant.parse(dueAt));

    process.completeUserTask(ANSWER_REFERRAL, Map.of("outcome", "ANSWERED", "answer", "Dossier débloqué."));
    String autoCloseAt = process.isoIn(Duration.ofDays(15));
    process.completeJob(ReferralProcess.RECORD_ANSWER, Map.of("autoCloseAt", autoCloseAt));

    UserTaskJob review = process.userTask(REVIEW_ANSWER);
    assertThat(review.candidateGroups()).containsExactly("agent:" + STRUCTURE_ID);
    assertThat(review.formKey()).isEqualTo("referral-review");
    assertThat(review.dueDate()).isEqualTo(Instant.parse(autoCloseAt));

    process.completeUserTask(REVIEW_ANSWER, Map.of("decision", "CLOSE"));
    String anonymiseAt = process.isoIn(Duration.ofDays(365));
    process.completeJob(ReferralProcess.CLOSE_REFERRAL, Map.of("anonymiseAt", anonymiseAt));
    process.assertWaitingAt(referral, ANONYMISATION_DUE);

    process.increaseTime(Duration.ofDays(364));
    process.assertWaitingAt(referral, ANONYMISATION_DUE);
    assertThat(process.hasOpenJob(ReferralProcess.ANONYMISE_REFERRAL)).as("not anonymised before its date").isFalse();

    process.moveClockPast(anonymiseAt);
    process.completeJob(ReferralProcess.ANONYMISE_REFERRAL, Map.of());

    process.assertThatInstance(referral)
        .hasPassedElementsInOrder(START, ROUTE, ANSWER_REFERRAL, RECORD_ANSWER, REVIEW_ANSWER, CLOSE,
            ANONYMISATION_DUE, ANONYMISE, CLOSED)
        .hasNotPassedElement(REMINDER_DUE)
        .hasNotPassedElement(ANSWER_OVERDUE)
        .hasNotPassedElement(ESCALATE_TO_POOL)
        .hasNotPassedElement(AUTO_CLOSE)
        .hasNotPassedElement(REQUEST_INFORMATION)
        .hasNotPassedElement(REROUTE)
        .hasNoIncidents()
        .isCompleted();
  }

  @Test
  void reminderFiresBeforeTheDeadlineAndTheTaskStaysOpen() {
    String reminderAt = process.isoIn(REMIND_AFTER);
    long referral = submitReferral(process.isoIn(ANSWER_WITHIN), reminderAt);
    process.completeJob(ReferralProcess.ROUTE_REFERRAL, Map.of("routed", true));
    UserTaskJob before = process.userTask(ANSWER_REFERRAL);

    process.moveClockPast(reminderAt);
    process.completeJob(ReferralProcess.REMIND_REFERENTS, Map.of());

    assertThat(process.userTask(ANSWER_REFERRAL).key()).as("the same task, still open").isEqualTo(before.key());
    process.assertThatInstance(referral)
        .hasPassedElementsInOrder(REMINDER_DUE, REMIND_REFERENTS, REMINDER_SENT)
        .isWaitingExactlyAtElements(ANSWER_REFERRAL)
        .hasNotPassedElement(ANSWER_REFERRAL)
        .hasNotPassedElement(ANSWER_OVERDUE)
        .hasNotPassedElement(ESCALATE_TO_POOL)
        .hasNoIncidents()
        .isActive();
  }

  @Test
  void unansweredCaseEscalatesToPoolAtDeadline() {
    String dueAt = process.isoIn(ANSWER_WITHIN);
    String reminderAt = process.isoIn(REMIND_AFTER);
    long referral = submitReferral(dueAt, reminderAt);
    process.completeJob(ReferralProcess.ROUTE_REFERRAL, Map.of("routed", true));
    process.moveClockPast(reminderAt);
    process.completeJob(ReferralProcess.REMIND_REFERENTS, Map.of());

    process.moveClockPast(dueAt);
    assertThat(process.hasOpenUserTask(ANSWER_REFERRAL)).as("the referents' task is withdrawn").isFalse();
    String escalationDueAt = process.isoIn(ANSWER_WITHIN);
    escalateToPool(escalationDueAt);

    UserTaskJob pool = process.userTask(ANSWER_ESCALATED);
    assertThat(pool.candidateGroups()).containsExactly("escalation:CAF:national");
    assertThat(pool.formKey()).isEqualTo(ANSWER_FORM);
    assertThat(pool.dueDate()).isEqualTo(Instant.parse(escalationDueAt));
    answerAndRecord(ANSWER_ESCALATED);

    process.assertThatInstance(referral)
        .hasPassedElementsInOrder(REMINDER_DUE, ANSWER_OVERDUE, ESCALATE_TO_POOL, ANSWER_ESCALATED, RECORD_ANSWER)
        .isWaitingExactlyAtElements(REVIEW_ANSWER)
        .hasNotPassedElement(ANSWER_REFERRAL)
        .hasNotPassedElement(ESCALATION_OVERDUE)
        .hasNotPassedElement(ANSWER_AS_ANCT)
        .hasNoIncidents();
  }

  @Test
  void poolThatMissesItsDeadlineHandsTheCaseToAnct() {
    long referral = submitReferral(process.isoIn(ANSWER_WITHIN));
    process.completeJob(ReferralProcess.ROUTE_REFERRAL, Map.of("routed", false));
    String escalationDueAt = process.isoIn(ANSWER_WITHIN);
    escalateToPool(escalationDueAt);

    process.moveClockPast(escalationDueAt);
    assertThat(process.hasOpenUserTask(ANSWER_ESCALATED)).as("the pool's task is withdrawn").isFalse();
    process.completeJob(ReferralProcess.ESCALATE_TO_ANCT, Map.of("escalationLevel", 2));

    UserTaskJob anct = process.userTask(ANSWER_AS_ANCT);
    assertThat(anct.candidateGroups()).containsExactly("anct");
    assertThat(anct.formKey()).isEqualTo(ANSWER_FORM);
    assertThat(anct.dueDate()).as("ANCT is the last level: no deadline").isNull();
    answerAndRecord(ANSWER_AS_ANCT);

    process.assertThatInstance(referral)
        .hasPassedElementsInOrder(ESCALATE_TO_POOL, ESCALATION_OVERDUE, ESCALATE_TO_ANCT, ANSWER_AS_ANCT, RECORD_ANSWER)
        .isWaitingExactlyAtElements(REVIEW_ANSWER)
        .hasNotPassedElement(ANSWER_ESCALATED)
        .hasNotPassedElement(ANSWER_REFERRAL)
        .hasNoIncidents();
  }

  @Test
  void caseWithoutReferentsEscalatesToPoolAtOnce() {
    long referral = submitReferral(process.isoIn(ANSWER_WITHIN));

    process.completeJob(ReferralProcess.ROUTE_REFERRAL, Map.of("routed", false));
    escalateToPool(process.isoIn(ANSWER_WITHIN));

    assertThat(process.userTask(ANSWER_ESCALATED).candidateGroups()).containsExactly("escalation:CAF:national");
    process.assertThatInstance(referral)
        .hasPassedElementsInOrder(ROUTE, ESCALATE_TO_POOL)
        .isWaitingExactlyAtElements(ANSWER_ESCALATED)
        .hasNotPassedElement(ANSWER_OVERDUE)
        .hasNotPassedElement(REMINDER_DUE)
        .hasNoIncidents();
    assertThat(process.hasOpenUserTask(ANSWER_REFERRAL)).as("no referents' task was ever opened").isFalse();
  }

  @Test
  void deadlineMissedWhileTheEngineWasAwayEscalatesAtOnce() {
    // A re-seeded instance keeps its stored dates, even those already past.
    long referral = submitReferral(process.isoAgo(Duration.ofHours(1)), process.isoAgo(Duration.ofHours(25)));

    process.completeJob(ReferralProcess.ROUTE_REFERRAL, Map.of("routed", true));
    process.completeJob(ReferralProcess.REMIND_REFERENTS, Map.of());
    escalateToPool(process.isoIn(ANSWER_WITHIN));

    process.assertThatInstance(referral)
        .hasPassedElementsInOrder(REMINDER_DUE, ANSWER_OVERDUE, ESCALATE_TO_POOL)
        .isWaitingExactlyAtElements(ANSWER_ESCALATED)
        .hasNotPassedElement(ANSWER_REFERRAL)
        .hasNoIncidents();
  }

  @Test
  void referentsAskingForInformationGetTheCaseBackOnceTheAgentProvidesIt() {
    long referral = submitReferral(process.isoIn(ANSWER_WITHIN));
    process.completeJob(ReferralProcess.ROUTE_REFERRAL, Map.of("routed", true));

    askAndProvideInformation(ANSWER_REFERRAL);
    String newDueAt = process.isoIn(ANSWER_WITHIN);
    process.completeJob(ReferralProcess.RESUME_REFERRAL,
        Map.of("dueAt", newDueAt, "reminderAt", process.isoIn(REMIND_AFTER)));

    UserTaskJob again = process.userTask(ANSWER_REFERRAL);
    assertThat(again.candidateGroups()).containsExactly("referent:CAF:35");
    assertThat(again.dueDate()).as("the clock restarts from the stored new deadline").isEqualTo(Instant.parse(newDueAt));
    process.assertThatInstance(referral)
        .hasPassedElementsInOrder(ANSWER_REFERRAL, REQUEST_INFORMATION, PROVIDE_INFORMATION, RESUME)
        .hasPassedElement(ANSWER_REFERRAL, 1)
        .isWaitingExactlyAtElements(ANSWER_REFERRAL)
        .hasNotPassedElement(INFORMATION_OVERDUE)
        .hasNotPassedElement(ANSWER_ESCALATED)
        .hasNotPassedElement(ANSWER_AS_ANCT)
        .hasNoIncidents();
  }

  @Test
  void escalationPoolAskingForInformationGetsTheCaseBackOnceTheAgentProvidesIt() {
    long referral = submitReferral(process.isoIn(ANSWER_WITHIN));
    process.completeJob(ReferralProcess.ROUTE_REFERRAL, Map.of("routed", false));
    escalateToPool(process.isoIn(ANSWER_WITHIN));

    askAndProvideInformation(ANSWER_ESCALATED);
    String newEscalationDueAt = process.isoIn(ANSWER_WITHIN);
    process.completeJob(ReferralProcess.RESUME_REFERRAL, Map.of("escalationDueAt", newEscalationDueAt));

    UserTaskJob again = process.userTask(ANSWER_ESCALATED);
    assertThat(again.candidateGroups()).containsExactly("escalation:CAF:national");
    assertThat(again.dueDate()).isEqualTo(Instant.parse(newEscalationDueAt));
    process.assertThatInstance(referral)
        .hasPassedElementsInOrder(ANSWER_ESCALATED, REQUEST_INFORMATION, PROVIDE_INFORMATION, RESUME)
        .hasPassedElement(ANSWER_ESCALATED, 1)
        .isWaitingExactlyAtElements(ANSWER_ESCALATED)
        .hasNotPassedElement(ANSWER_REFERRAL)
        .hasNotPassedElement(ANSWER_AS_ANCT)
        .hasNoIncidents();
  }

  @Test
  void anctAskingForInformationGetsTheCaseBackOnceTheAgentProvidesIt() {
    long referral = submitReferral(process.isoIn(ANSWER_WITHIN));
    process.completeJob(ReferralProcess.ROUTE_REFERRAL, Map.of("routed", false));
    String escalationDueAt = process.isoIn(ANSWER_WITHIN);
    escalateToPool(escalationDueAt);
    process.moveClockPast(escalationDueAt);
    process.completeJob(ReferralProcess.ESCALATE_TO_ANCT, Map.of("escalationLevel", 2));

    askAndProvideInformation(ANSWER_AS_ANCT);
    process.completeJob(ReferralProcess.RESUME_REFERRAL, Map.of());

    assertThat(process.userTask(ANSWER_AS_ANCT).candidateGroups()).containsExactly("anct");
    process.assertThatInstance(referral)
        .hasPassedElementsInOrder(ANSWER_AS_ANCT, REQUEST_INFORMATION, PROVIDE_INFORMATION, RESUME)
        .hasPassedElement(ANSWER_AS_ANCT, 1)
        .isWaitingExactlyAtElements(ANSWER_AS_ANCT)
        .hasNotPassedElement(ANSWER_REFERRAL)
        .hasNotPassedElement(ANSWER_ESCALATED)
        .hasNoIncidents();
  }

  @Test
  void caseIsClosedWhenTheAgentNeverProvidesTheInformation() {
    long referral = submitReferral(process.isoIn(ANSWER_WITHIN));
    process.completeJob(ReferralProcess.ROUTE_REFERRAL, Map.of("routed", true));
    process.completeUserTask(ANSWER_REFERRAL, Map.of("outcome", "NEEDS_INFORMATION", "question", "Quel numéro ?"));
    String informationDueAt = process.isoIn(Duration.ofDays(15));
    process.completeJob(ReferralProcess.REQUEST_INFORMATION, Map.of("informationDueAt", informationDueAt));
    assertThat(process.userTask(PROVIDE_INFORMATION).dueDate()).isEqualTo(Instant.parse(informationDueAt));

    process.moveClockPast(informationDueAt);
    assertThat(process.hasOpenUserTask(PROVIDE_INFORMATION)).as("the agent's task is withdrawn").isFalse();
    process.completeJob(ReferralProcess.CLOSE_REFERRAL, Map.of("anonymiseAt", process.isoIn(Duration.ofDays(365))));

    process.assertThatInstance(referral)
        .hasPassedElementsInOrder(REQUEST_INFORMATION, INFORMATION_OVERDUE, CLOSE)
        .isWaitingExactlyAtElements(ANONYMISATION_DUE)
        .hasNotPassedElement(PROVIDE_INFORMATION)
        .hasNotPassedElement(RESUME)
        .hasNotPassedElement(REVIEW_ANSWER)
        .hasNoIncidents();
  }

  @Test
  void caseSentToTheWrongOperatorIsReroutedToTheNewOperatorsReferents() {
    long referral = submitReferral(process.isoIn(ANSWER_WITHIN));
    process.completeJob(ReferralProcess.ROUTE_REFERRAL, Map.of("routed", true));

    process.completeUserTask(ANSWER_REFERRAL, Map.of("outcome", "WRONG_OPERATOR", "operator", "MSA"));
    String newDueAt = process.isoIn(ANSWER_WITHIN);
    process.completeJob(ReferralProcess.REROUTE_REFERRAL,
        Map.of("dueAt", newDueAt, "reminderAt", process.isoIn(REMIND_AFTER), "escalationLevel", 0));
    process.completeJob(ReferralProcess.ROUTE_REFERRAL, Map.of("routed", true));

    UserTaskJob rerouted = process.userTask(ANSWER_REFERRAL);
    assertThat(rerouted.candidateGroups()).containsExactly("referent:MSA:35");
    assertThat(rerouted.dueDate()).isEqualTo(Instant.parse(newDueAt));
    process.assertThatInstance(referral)
        .hasPassedElementsInOrder(ROUTE, ANSWER_REFERRAL, REROUTE, ROUTE)
        .hasPassedElement(ROUTE, 2)
        .isWaitingExactlyAtElements(ANSWER_REFERRAL)
        .hasVariableWithValue("operator", "MSA")
        .hasNotPassedElement(RECORD_ANSWER)
        .hasNotPassedElement(ESCALATE_TO_POOL)
        .hasNoIncidents();
  }

  @Test
  void answerLeftOpenByTheAgentIsClosedAutomaticallyAtItsAutoCloseDate() {
    long referral = submitReferral(process.isoIn(ANSWER_WITHIN));
    process.completeJob(ReferralProcess.ROUTE_REFERRAL, Map.of("routed", true));
    process.completeUserTask(ANSWER_REFERRAL, Map.of("outcome", "ANSWERED", "answer", "Dossier débloqué."));
    String autoCloseAt = process.isoIn(Duration.ofDays(15));
    process.completeJob(ReferralProcess.RECORD_ANSWER, Map.of("autoCloseAt", autoCloseAt));

    process.moveClockPast(autoCloseAt);
    assertThat(process.hasOpenUserTask(REVIEW_ANSWER)).as("the agent's review task is withdrawn").isFalse();
    String anonymiseAt = process.isoIn(Duration.ofDays(365));
    process.completeJob(ReferralProcess.CLOSE_REFERRAL, Map.of("anonymiseAt", anonymiseAt));
    process.moveClockPast(anonymiseAt);
    process.completeJob(ReferralProcess.ANONYMISE_REFERRAL, Map.of());

    process.assertThatInstance(referral)
        .hasPassedElementsInOrder(RECORD_ANSWER, AUTO_CLOSE, CLOSE, ANONYMISATION_DUE, ANONYMISE, CLOSED)
        .hasNotPassedElement(REVIEW_ANSWER)
        .hasNotPassedElement(INFORMATION_OVERDUE)
        .hasNoIncidents()
        .isCompleted();
  }

  private long submitReferral(String dueAt) {
    return submitReferral(dueAt, Instant.parse(dueAt).minus(ANSWER_WITHIN.minus(REMIND_AFTER)).toString());
  }

  /** Starts the process with the variables Relais sets when an agent submits a referral to the CAF. */
  private long submitReferral(String dueAt, String reminderAt) {
    return process.startInstance(ReferralProcess.ID, Map.of(
        "businessKey", REFERRAL_ID,
        "referralId", REFERRAL_ID,
        "department", "35",
        "operator", "CAF",
        "structureId", STRUCTURE_ID,
        "dueAt", dueAt,
        "reminderAt", reminderAt));
  }

  private void escalateToPool(String escalationDueAt) {
    process.completeJob(ReferralProcess.ESCALATE_TO_POOL,
        Map.of("escalationLevel", 1, "escalationDueAt", escalationDueAt));
  }

  private void answerAndRecord(String answerTask) {
    process.completeUserTask(answerTask, Map.of("outcome", "ANSWERED", "answer", "Dossier débloqué."));
    process.completeJob(ReferralProcess.RECORD_ANSWER, Map.of("autoCloseAt", process.isoIn(Duration.ofDays(15))));
  }

  /** The answering level asks, a day passes, the agent answers in the information form. */
  private void askAndProvideInformation(String answerTask) {
    process.completeUserTask(answerTask,
        Map.of("outcome", "NEEDS_INFORMATION", "question", "Pouvez-vous joindre l'avis d'imposition ?"));
    String informationDueAt = process.isoIn(Duration.ofDays(15));
    process.completeJob(ReferralProcess.REQUEST_INFORMATION, Map.of("informationDueAt", informationDueAt));

    UserTaskJob information = process.userTask(PROVIDE_INFORMATION);
    assertThat(information.candidateGroups()).containsExactly("agent:" + STRUCTURE_ID);
    assertThat(information.formKey()).isEqualTo("referral-information");
    assertThat(information.dueDate()).isEqualTo(Instant.parse(informationDueAt));

    process.increaseTime(Duration.ofDays(1));
    process.completeUserTask(PROVIDE_INFORMATION, Map.of("information", "Avis d'imposition joint."));
  }
}
