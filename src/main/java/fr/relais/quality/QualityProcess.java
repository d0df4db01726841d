package fr.relais.quality;

/** Names shared by processes/quality-control.bpmn, processes/satisfaction-survey.bpmn, their workers and forms. */
public final class QualityProcess {

  public static final String ID = "quality-control";
  public static final String SURVEY_ID = "satisfaction-survey";

  public static final String DRAW_SAMPLE = "quality.draw-sample";
  public static final String SCORE_VISIT = "quality.score-visit";
  public static final String SCHEDULE_FOLLOW_UP = "quality.schedule-follow-up";
  public static final String SUSPEND_LABEL = "quality.suspend-label";
  public static final String REINSTATE_LABEL = "quality.reinstate-label";
  public static final String WITHDRAW_LABEL = "quality.withdraw-label";
  public static final String OPEN_SURVEY = "quality.open-survey";
  public static final String CLOSE_SURVEY = "quality.close-survey";

  public static final String VISIT_TASK = "Task_MysteryVisit";
  public static final String PLAN_TASK = "Task_CorrectivePlan";
  public static final String REVIEW_TASK = "Task_LabelReview";
  public static final String VISIT_FORM = "mystery-visit";
  public static final String PLAN_FORM = "corrective-plan";
  public static final String REVIEW_FORM = "label-review";

  public static final String KEEP = "KEEP";
  public static final String SUSPEND = "SUSPEND";
  public static final String WITHDRAW = "WITHDRAW";

  private QualityProcess() {}
}
