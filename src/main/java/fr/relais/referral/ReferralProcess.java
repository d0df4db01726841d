package fr.relais.referral;

/** Names shared by processes/referral.bpmn, its workers and the referral feature. */
public final class ReferralProcess {

  public static final String ID = "referral";
  public static final String CASE_TYPE = "REFERRAL";
  public static final String REQUEST_FORM = "referral-request";

  public static final String ROUTE_REFERRAL = "referral.route-referral";
  public static final String REMIND_REFERENTS = "referral.remind-referents";
  public static final String ESCALATE_TO_POOL = "referral.escalate-to-pool";
  public static final String ESCALATE_TO_ANCT = "referral.escalate-to-anct";
  public static final String RECORD_ANSWER = "referral.record-answer";
  public static final String REQUEST_INFORMATION = "referral.request-information";
  public static final String RESUME_REFERRAL = "referral.resume-referral";
  public static final String REROUTE_REFERRAL = "referral.reroute-referral";
  public static final String CLOSE_REFERRAL = "referral.close-referral";
  public static final String ANONYMISE_REFERRAL = "referral.anonymise-referral";

  public static final String ANSWER_TASK = "Task_AnswerReferral";
  public static final String ANSWER_ESCALATED_TASK = "Task_AnswerEscalated";
  public static final String REVIEW_ANSWER_TASK = "Task_ReviewAnswer";
  public static final String PROVIDE_INFORMATION_TASK = "Task_ProvideInformation";

  public static final String WAIT_ANONYMISATION = "Event_AnonymisationDue";

  private ReferralProcess() {}
}
