package fr.relais.training;

/** Names shared by processes/training.bpmn and processes/structure-opening.bpmn, their workers and forms. */
public final class TrainingProcess {

  public static final String ID = "training";
  public static final String OPENING_ID = "structure-opening";
  public static final String CASE_TYPE = "AGENT";

  public static final String PLAN_NEXT_MODULE = "training.plan-next-module";
  public static final String ENROL_IN_SESSION = "training.enrol-in-session";
  public static final String SEND_CONVOCATION = "training.send-convocation";
  public static final String CERTIFY_AGENT = "training.certify-agent";
  public static final String CHECK_READINESS = "structure-opening.check-readiness";
  public static final String POSTPONE_OPENING = "structure-opening.postpone-opening";

  public static final String SESSION_FORM = "training-session";
  public static final String SESSIONS_NEEDED_FORM = "training-sessions-needed";
  public static final String ATTENDANCE_FORM = "training-attendance";
  public static final String OPENING_DECISION_FORM = "opening-decision";
  public static final String AGENT_FORM = "structure-agent";

  public static final String CREATE_SESSIONS_TASK = "Task_CreateSessions";
  public static final String RECORD_ATTENDANCE_TASK = "Task_RecordAttendance";
  public static final String DECIDE_OPENING_TASK = "Task_DecideOpening";

  public static final String ATTENDED = "ATTENDED";
  public static final String ABSENT = "ABSENT";
  public static final String POSTPONE = "POSTPONE";
  public static final String ACCEPT_RISK = "ACCEPT_RISK";

  private TrainingProcess() {}
}
