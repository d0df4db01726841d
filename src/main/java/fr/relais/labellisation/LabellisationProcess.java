package fr.relais.labellisation;

import fr.relais.structure.StructureSummary;

/** Names shared by processes/labellisation.bpmn, its workers, its forms and the labellisation feature. */
public final class LabellisationProcess {

  public static final String ID = "labellisation";
  public static final String CASE_TYPE = StructureSummary.CASE_TYPE;

  public static final String PROPOSAL_FORM = "structure-proposal";
  public static final String AUDIT_FORM = "structure-audit";
  public static final String UPGRADE_FORM = "structure-upgrade";
  public static final String FAILURE_DECISION_FORM = "structure-failure-decision";
  public static final String NATIONAL_AGREEMENT_FORM = "national-agreement";
  public static final String LABEL_DECISION_FORM = "label-decision";

  public static final String CHECK_DECLARATION = "labellisation.check-declaration";
  public static final String ASSIGN_AUDITOR = "labellisation.assign-auditor";
  public static final String SCORE_AUDIT = "labellisation.score-audit";
  public static final String REQUEST_UPGRADE = "labellisation.request-upgrade";
  public static final String SCHEDULE_REAUDIT = "labellisation.schedule-reaudit";
  public static final String ABANDON_PROJECT = "labellisation.abandon";
  public static final String REFUSE_LABEL = "labellisation.refuse-label";
  public static final String POSTPONE_DECISION = "labellisation.postpone-decision";
  public static final String GRANT_LABEL = "labellisation.grant-label";
  public static final String INVITE_TO_PLATFORM = "labellisation.invite-to-platform";
  public static final String DRAW_UP_ANNEX = "labellisation.draw-up-annex";
  public static final String HAND_OVER_TO_TRAINING = "labellisation.hand-over-to-training";
  public static final String ENROL_IN_QUALITY_CONTROL = "labellisation.enrol-in-quality-control";

  // BPMN elements a case waits at, as its history and page name them.
  public static final String COMPLETE_DECLARATION_TASK = "Task_CompleteDeclaration";
  public static final String AUDIT_TASK = "Task_Audit";
  public static final String RECORD_UPGRADE_TASK = "Task_RecordUpgrade";
  public static final String DECIDE_AFTER_FAILURE_TASK = "Task_DecideAfterFailure";
  public static final String NATIONAL_AGREEMENT_TASK = "Task_NationalAgreement";
  public static final String LABEL_DECISION_TASK = "Task_LabelDecision";
  public static final String DECISION_DUE_EVENT = "Event_DecisionDue";

  // Values of the decision fields of the forms, as the gateways test them.
  public static final String ABANDON = "ABANDON";
  public static final String EXTEND = "EXTEND";
  public static final String APPROVED = "APPROVED";
  public static final String REJECTED = "REJECTED";
  public static final String GRANT = "GRANT";
  public static final String POSTPONE = "POSTPONE";
  public static final String REFUSE = "REFUSE";

  private LabellisationProcess() {}
}
