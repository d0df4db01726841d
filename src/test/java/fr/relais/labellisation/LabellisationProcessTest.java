package fr.relais.labellisation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relais.support.OwnEngine;
import fr.relais.support.ProcessTestSupport;
import fr.relais.support.ProcessTestSupport.UserTaskJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path of processes/labellisation.bpmn, with workers and people played by the test. */
@OwnEngine
@ZeebeProcessTest
class LabellisationProcessTest {

  private static final String START = "StartEvent_StructureProposed";
  private static final String CHECK_DECLARATION = "ServiceTask_CheckDeclaration";
  private static final String COMPLETE_DECLARATION = "Task_CompleteDeclaration";
  private static final String ASSIGN_AUDITOR = "ServiceTask_AssignAuditor";
  private static final String AUDIT = "Task_Audit";
  private static final String SCORE_AUDIT = "ServiceTask_ScoreAudit";
  private static final String REQUEST_UPGRADE = "ServiceTask_RequestUpgrade";
  private static final String RECORD_UPGRADE = "Task_RecordUpgrade";
  private static final String UPGRADE_OVERDUE = "BoundaryEvent_UpgradeOverdue";
  private static final String SCHEDULE_REAUDIT = "ServiceTask_ScheduleReaudit";
  private static final String DECIDE_AFTER_FAILURE = "Task_DecideAfterFailure";
  private static final String ABANDON = "ServiceTask_Abandon";
  private static final String ABANDONED = "EndEvent_Abandoned";
  private static final String NATIONAL_AGREEMENT = "Task_NationalAgreement";
  private static final String LABEL_DECISION = "Task_LabelDecision";
  private static final String POSTPONE_DECISION = "ServiceTask_PostponeDecision";
  private static final String DECISION_DUE = "Event_DecisionDue";
  private static final String REFUSE_LABEL = "ServiceTask_RefuseLabel";
  private static final String REFUSED = "EndEvent_Refused";
  private static final String GRANT_LABEL = "ServiceTask_GrantLabel";
  private static final String INVITE_TO_PLATFORM = "ServiceTask_InviteToPlatform";
  private static final String DRAW_UP_ANNEX = "ServiceTask_DrawUpAnnex";
  private static final String HAND_OVER_TO_TRAINING = "ServiceTask_HandOverToTraining";
  private static final String ENROL_IN_QUALITY_CONTROL = "ServiceTask_EnrolInQualityControl";
  private static final String LABELLED = "EndEvent_Labelled";

  // ProcessTestSupport.UserTaskJob has no assignee of its own: the audit is the only task given to one person.
  private static final String ASSIGNEE_HEADER = "io.camunda.zeebe:assignee";

  private static final String STRUCTURE_ID = UUID.randomUUID().toString();
  private static final String PREFECT_OF_35 = "prefect:35";
  private static final String AUDITOR = "auditeur.35";
  private static final String REAUDITOR = "auditrice.35";
  private static final Duration AUDIT_WITHIN = Duration.ofDays(60);
  private static final Duration REAUDIT_WITHIN = Duration.ofDays(30);
  private static final Duration UPGRADE_WITHIN = Duration.ofDays(90);
  private static final Duration POSTPONED_FOR = Duration.ofDays(30);

  // Injected by @ZeebeProcessTest: a fresh in-memory engine for every test.
  private ZeebeTestEngine engine;
  private ProcessTestSupport process;

  @BeforeEach
  void deployLabellisationProcess() {
    process = new ProcessTestSupport(engine);
    process.deploy(LabellisationProcess.ID);
  }

  @AfterEach
  void closeClient() {
    process.close();
  }

  @Test
  void incompleteDeclarationCompletedByThePrefectLeadsToTheLabelAndItsFourFollowUps() {
    long structure = proposeStructure();
    process.completeJob(LabellisationProcess.CHECK_DECLARATION, Map.of("declarationComplete", false));

    UserTaskJob completion = process.userTask(COMPLETE_DECLARATION);
    assertThat(completion.candidateGroups()).containsExactly(PREFECT_OF_35);
    assertThat(completion.formKey()).isEqualTo(LabellisationProcess.PROPOSAL_FORM);
    assertThat(completion.dueDate()).isNull();
    process.completeUserTask(COMPLETE_DECLARATION, Map.of("confidentialRooms", 1, "videoWorkstations", 1));

    process.completeJob(LabellisationProcess.CHECK_DECLARATION, Map.of("declarationComplete", true));
    String auditDueAt = process.isoIn(AUDIT_WITHIN);
    assignAuditor(auditDueAt);
    UserTaskJob audit = process.userTask(AUDIT);
    assertThat(audit.headers()).containsEntry(ASSIGNEE_HEADER, AUDITOR);
    assertThat(audit.candidateGroups()).isEmpty();
    assertThat(audit.formKey()).isEqualTo(LabellisationProcess.AUDIT_FORM);
    assertThat(audit.dueDate()).isEqualTo(Instant.parse(auditDueAt));
    auditAndScore(true, false);

    UserTaskJob agreement = process.userTask(NATIONAL_AGREEMENT);
    assertThat(agreement.candidateGroups()).containsExactly("anct");
    assertThat(agreement.formKey()).isEqualTo(LabellisationProcess.NATIONAL_AGREEMENT_FORM);
    assertThat(agreement.dueDate()).isNull();
    approveNationally();

    UserTaskJob decision = process.userTask(LABEL_DECISION);
    assertThat(decision.candidateGroups()).containsExactly(PREFECT_OF_35);
    assertThat(decision.formKey()).isEqualTo(LabellisationProcess.LABEL_DECISION_FORM);
    assertThat(decision.dueDate()).isNull();
    process.completeUserTask(LABEL_DECISION, Map.of("decision", "GRANT", "effectiveDate", "2027-01-04"));
    process.completeJob(LabellisationProcess.GRANT_LABEL, Map.of("labelNumber", "FS-35-2026-00001"));

    // One after the other, so an empty engine can take the follow-ups up again at any of them.
    for (String followUp : List.of(LabellisationProcess.INVITE_TO_PLATFORM, LabellisationProcess.DRAW_UP_ANNEX,
        LabellisationProcess.HAND_OVER_TO_TRAINING)) {
      assertThat(process.hasOpenJob(LabellisationProcess.ENROL_IN_QUALITY_CONTROL)).isFalse();
      process.completeJob(followUp, Map.of());
    }
    process.assertThatInstance(structure)
        .as("the labellisation ends only once the last follow-up is done")
        .isWaitingExactlyAtElements(ENROL_IN_QUALITY_CONTROL);
    process.completeJob(LabellisationProcess.ENROL_IN_QUALITY_CONTROL, Map.of());

    process.assertThatInstance(structure)
        .hasPassedElementsInOrder(START, CHECK_DECLARATION, COMPLETE_DECLARATION, CHECK_DECLARATION, ASSIGN_AUDITOR,
            AUDIT, SCORE_AUDIT, NATIONAL_AGREEMENT, LABEL_DECISION, GRANT_LABEL, INVITE_TO_PLATFORM, DRAW_UP_ANNEX,
            HAND_OVER_TO_TRAINING, ENROL_IN_QUALITY_CONTROL, LABELLED)
        .hasPassedElement(CHECK_DECLARATION, 2)
        .hasNotPassedElement(REQUEST_UPGRADE)
        .hasNotPassedElement(DECIDE_AFTER_FAILURE)
        .hasNotPassedElement(POSTPONE_DECISION)
        .hasNotPassedElement(REFUSE_LABEL)
        .hasNotPassedElement(ABANDON)
        .hasNoIncidents()
        .isCompleted();
  }

  @Test
  void auditFailedOnceIsFollowedByAnUpgradeAndAFastTrackReauditThenTheLabel() {
    long structure = proposeStructure();
    failFirstAudit();

    String upgradeDueAt = requestUpgrade();
    UserTaskJob upgrade = process.userTask(RECORD_UPGRADE);
    assertThat(upgrade.candidateGroups()).containsExactly(PREFECT_OF_35);
    assertThat(upgrade.formKey()).isEqualTo(LabellisationProcess.UPGRADE_FORM);
    assertThat(upgrade.dueDate()).isEqualTo(Instant.parse(upgradeDueAt));
    String reauditDueAt = recordUpgradeAndScheduleReaudit();

    UserTaskJob reaudit = process.userTask(AUDIT);
    assertThat(reaudit.headers()).containsEntry(ASSIGNEE_HEADER, REAUDITOR);
    assertThat(reaudit.formKey()).isEqualTo(LabellisationProcess.AUDIT_FORM);
    assertThat(reaudit.dueDate()).as("the re-audit's shorter deadline").isEqualTo(Instant.parse(reauditDueAt));
    auditAndScore(true, false);
    approveNationally();
    grantLabelAndRunFollowUps();

    process.assertThatInstance(structure)
        .hasPassedElementsInOrder(AUDIT, SCORE_AUDIT, REQUEST_UPGRADE, RECORD_UPGRADE, SCHEDULE_REAUDIT, AUDIT,
            SCORE_AUDIT, NATIONAL_AGREEMENT, LABEL_DECISION, GRANT_LABEL, LABELLED)
        .hasPassedElement(AUDIT, 2)
        .hasVariableWithValue("fastTrack", true)
        .hasNotPassedElement(COMPLETE_DECLARATION)
        .hasNotPassedElement(UPGRADE_OVERDUE)
        .hasNotPassedElement(DECIDE_AFTER_FAILURE)
        .hasNotPassedElement(REFUSE_LABEL)
        .hasNoIncidents()
        .isCompleted();
  }

  @Test
  void auditsFailedUpToTheLimitLetThePrefectAbandonTheProject() {
    long structure = proposeStructure();
    failFirstAudit();
    requestUpgrade();
    recordUpgradeAndScheduleReaudit();
    auditAndScore(false, true);

    UserTaskJob decision = process.userTask(DECIDE_AFTER_FAILURE);
    assertThat(decision.candidateGroups()).containsExactly(PREFECT_OF_35);
    assertThat(decision.formKey()).isEqualTo(LabellisationProcess.FAILURE_DECISION_FORM);
    assertThat(decision.dueDate()).isNull();
    process.completeUserTask(DECIDE_AFTER_FAILURE,
        Map.of("decision", "ABANDON", "reason", "Locaux toujours inaccessibles après la contre-visite."));
    process.completeJob(LabellisationProcess.ABANDON_PROJECT, Map.of());

    process.assertThatInstance(structure)
        .hasPassedElementsInOrder(AUDIT, SCORE_AUDIT, REQUEST_UPGRADE, RECORD_UPGRADE, SCHEDULE_REAUDIT, AUDIT,
            SCORE_AUDIT, DECIDE_AFTER_FAILURE, ABANDON, ABANDONED)
        .hasPassedElement(REQUEST_UPGRADE, 1)
        .hasNotPassedElement(UPGRADE_OVERDUE)
        .hasNotPassedElement(NATIONAL_AGREEMENT)
        .hasNotPassedElement(REFUSE_LABEL)
        .hasNotPassedElement(LABELLED)
        .hasNoIncidents()
        .isCompleted();
  }

  @Test
  void upgradeNotRecordedByItsDeadlineGoesToThePrefectWhoExtendsIt() {
    long structure = proposeStructure();
    failFirstAudit();
    String upgradeDueAt = requestUpgrade();
    UserTaskJob upgrade = process.userTask(RECORD_UPGRADE);

    process.moveClockPast(ProcessTestSupport.iso(Instant.parse(upgradeDueAt).minus(Duration.ofHours(1))));
    assertThat(process.userTask(RECORD_UPGRADE).key()).as("the same task, still open").isEqualTo(upgrade.key());
    process.assertThatInstance(structure).hasNotPassedElement(UPGRADE_OVERDUE);

    process.moveClockPast(upgradeDueAt);
    assertThat(process.hasOpenUserTask(RECORD_UPGRADE)).as("the prefect's upgrade task is withdrawn").isFalse();
    UserTaskJob decision = process.userTask(DECIDE_AFTER_FAILURE);
    assertThat(decision.candidateGroups()).containsExactly(PREFECT_OF_35);
    assertThat(decision.formKey()).isEqualTo(LabellisationProcess.FAILURE_DECISION_FORM);
    process.completeUserTask(DECIDE_AFTER_FAILURE,
        Map.of("decision", "EXTEND", "reason", "Travaux d'accessibilité engagés, fin prévue le mois prochain."));

    String extendedUpgradeDueAt = requestUpgrade();
    UserTaskJob extended = process.userTask(RECORD_UPGRADE);
    assertThat(extended.candidateGroups()).containsExactly(PREFECT_OF_35);
    assertThat(extended.dueDate()).as("the new deadline").isEqualTo(Instant.parse(extendedUpgradeDueAt));
    String reauditDueAt = recordUpgradeAndScheduleReaudit();
    assertThat(process.userTask(AUDIT).dueDate()).isEqualTo(Instant.parse(reauditDueAt));
    auditAndScore(true, false);

    process.assertThatInstance(structure)
        .hasPassedElementsInOrder(AUDIT, SCORE_AUDIT, REQUEST_UPGRADE, UPGRADE_OVERDUE, DECIDE_AFTER_FAILURE,
            REQUEST_UPGRADE, RECORD_UPGRADE, SCHEDULE_REAUDIT, AUDIT, SCORE_AUDIT)
        .hasPassedElement(REQUEST_UPGRADE, 2)
        .hasPassedElement(RECORD_UPGRADE, 1)
        .hasPassedElement(UPGRADE_OVERDUE, 1)
        .isWaitingExactlyAtElements(NATIONAL_AGREEMENT)
        .hasNotPassedElement(ABANDON)
        .hasNotPassedElement(LABEL_DECISION)
        .hasNoIncidents();
  }

  @Test
  void rejectionByAnctRefusesTheLabel() {
    long structure = proposeStructure();
    passDeclarationAndAudit();

    process.completeUserTask(NATIONAL_AGREEMENT,
        Map.of("agreement", "REJECTED", "reason", "Couverture déjà assurée par une structure voisine."));
    process.completeJob(LabellisationProcess.REFUSE_LABEL, Map.of());

    process.assertThatInstance(structure)
        .hasPassedElementsInOrder(SCORE_AUDIT, NATIONAL_AGREEMENT, REFUSE_LABEL, REFUSED)
        .hasNotPassedElement(LABEL_DECISION)
        .hasNotPassedElement(GRANT_LABEL)
        .hasNotPassedElement(LABELLED)
        .hasNoIncidents()
        .isCompleted();
  }

  @Test
  void postponedDecisionComesBackToThePrefectOnItsDateAndTheLabelIsGranted() {
    long structure = proposeStructure();
    passDeclarationAndAudit();
    approveNationally();

    process.completeUserTask(LABEL_DECISION, Map.of("decision", "POSTPONE", "postponeUntil", "2027-03-01",
        "reason", "Attendre la signature de la convention locale."));
    String decisionDueAt = process.isoIn(POSTPONED_FOR);
    process.completeJob(LabellisationProcess.POSTPONE_DECISION, Map.of("decisionDueAt", decisionDueAt));
    process.assertWaitingAt(structure, DECISION_DUE);

    process.increaseTime(POSTPONED_FOR.minus(Duration.ofDays(1)));
    process.assertWaitingAt(structure, DECISION_DUE);
    assertThat(process.hasOpenUserTask(LABEL_DECISION)).as("not back before its date").isFalse();

    process.moveClockPast(decisionDueAt);
    UserTaskJob again = process.userTask(LABEL_DECISION);
    assertThat(again.candidateGroups()).containsExactly(PREFECT_OF_35);
    assertThat(again.formKey()).isEqualTo(LabellisationProcess.LABEL_DECISION_FORM);
    grantLabelAndRunFollowUps();

    process.assertThatInstance(structure)
        .hasPassedElementsInOrder(NATIONAL_AGREEMENT, LABEL_DECISION, POSTPONE_DECISION, DECISION_DUE, LABEL_DECISION,
            GRANT_LABEL, LABELLED)
        .hasPassedElement(LABEL_DECISION, 2)
        .hasNotPassedElement(REFUSE_LABEL)
        .hasNoIncidents()
        .isCompleted();
  }

  @Test
  void prefectRefusingAfterAnctApprovalRefusesTheLabel() {
    long structure = proposeStructure();
    passDeclarationAndAudit();
    approveNationally();

    process.completeUserTask(LABEL_DECISION,
        Map.of("decision", "REFUSE", "reason", "Le porteur a retiré son engagement de financement."));
    process.completeJob(LabellisationProcess.REFUSE_LABEL, Map.of());

    process.assertThatInstance(structure)
        .hasPassedElementsInOrder(NATIONAL_AGREEMENT, LABEL_DECISION, REFUSE_LABEL, REFUSED)
        .hasNotPassedElement(POSTPONE_DECISION)
        .hasNotPassedElement(GRANT_LABEL)
        .hasNotPassedElement(LABELLED)
        .hasNoIncidents()
        .isCompleted();
  }

  /** Starts the process with the variables Relais sets when a prefect proposes a structure in Ille-et-Vilaine. */
  private long proposeStructure() {
    return process.startInstance(LabellisationProcess.ID, Map.of(
        "structureId", STRUCTURE_ID,
        "businessKey", STRUCTURE_ID,
        "department", "35",
        "referentialVersion", "2019"));
  }

  private void assignAuditor(String auditDueAt) {
    process.completeJob(LabellisationProcess.ASSIGN_AUDITOR, Map.of("auditor", AUDITOR, "auditDueAt", auditDueAt));
  }

  private void auditAndScore(boolean conclusive, boolean abandonDecisionDue) {
    process.completeUserTask(AUDIT, Map.of("visitDate", "2026-10-12",
        "criteria", List.of(Map.of("code", "FS-01", "result", conclusive ? "COMPLIANT" : "NON_COMPLIANT"))));
    process.completeJob(LabellisationProcess.SCORE_AUDIT,
        Map.of("conclusive", conclusive, "abandonDecisionDue", abandonDecisionDue));
  }

  private void passDeclarationAndAudit() {
    auditDeclaredStructure(true);
  }

  private void failFirstAudit() {
    auditDeclaredStructure(false);
  }

  private void auditDeclaredStructure(boolean conclusive) {
    process.completeJob(LabellisationProcess.CHECK_DECLARATION, Map.of("declarationComplete", true));
    assignAuditor(process.isoIn(AUDIT_WITHIN));
    auditAndScore(conclusive, false);
  }

  private String requestUpgrade() {
    String upgradeDueAt = process.isoIn(UPGRADE_WITHIN);
    process.completeJob(LabellisationProcess.REQUEST_UPGRADE, Map.of("upgradeDueAt", upgradeDueAt));
    return upgradeDueAt;
  }

  private String recordUpgradeAndScheduleReaudit() {
    process.completeUserTask(RECORD_UPGRADE, Map.of("corrections", "Deuxième bureau confidentiel aménagé."));
    String reauditDueAt = process.isoIn(REAUDIT_WITHIN);
    process.completeJob(LabellisationProcess.SCHEDULE_REAUDIT,
        Map.of("auditor", REAUDITOR, "auditDueAt", reauditDueAt, "fastTrack", true));
    return reauditDueAt;
  }

  private void approveNationally() {
    process.completeUserTask(NATIONAL_AGREEMENT, Map.of("agreement", "APPROVED", "reason", "Maillage conforme."));
  }

  private void grantLabelAndRunFollowUps() {
    process.completeUserTask(LABEL_DECISION, Map.of("decision", "GRANT", "effectiveDate", "2027-01-04"));
    process.completeJob(LabellisationProcess.GRANT_LABEL, Map.of());
    process.completeJob(LabellisationProcess.INVITE_TO_PLATFORM, Map.of());
    process.completeJob(LabellisationProcess.DRAW_UP_ANNEX, Map.of());
    process.completeJob(LabellisationProcess.HAND_OVER_TO_TRAINING, Map.of());
    process.completeJob(LabellisationProcess.ENROL_IN_QUALITY_CONTROL, Map.of());
  }
}
