package fr.relais.quality;

import fr.relais.structure.StructureSummary;
import java.util.Optional;
import fr.relais.history.CaseRef;
import fr.relais.forms.DeferredDate;
import fr.relais.tasks.Task;
import fr.relais.tasks.TaskForm;
import fr.relais.web.Countdown;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The quality steps in the task list: the visitor is told where to go, the structure and the prefect what the visits
 * or the survey found; each report and decision is checked and recorded, with who and why, when it is submitted.
 */
@Component
class QualityTaskForm implements TaskForm {

  /** The structure's own page ("Ma structure"), where its account writes its plan and reads its quality results. */
  static final String MY_STRUCTURE = "/my-structure";

  private static final Map<String, String> POINT_LABELS = Map.of("reception", "accueil", "waitingTime",
      "temps d'attente", "completeness", "réponse complète", "noUndueReorientation", "pas de réorientation indue",
      "confidentiality", "confidentialité", "openingHoursRespected", "horaires respectés", "onlineHelp",
      "aide aux démarches en ligne");
  private static final int WEAK_POINT = 6;

  private final QualityControls controls;
  private final Controls visits;
  private final SatisfactionSurveys surveys;
  private final LabelReviews reviews;
  private final JdbcClient jdbc;
  private final Clock clock;

  QualityTaskForm(QualityControls controls, Controls visits, SatisfactionSurveys surveys, LabelReviews reviews,
      JdbcClient jdbc, Clock clock) {
    this.controls = controls;
    this.visits = visits;
    this.surveys = surveys;
    this.reviews = reviews;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public boolean handles(Task task) {
    return (QualityProcess.ID.equals(task.processId()) || QualityProcess.SURVEY_ID.equals(task.processId()))
        && task.businessKey() != null;
  }

  @Override
  public Map<String, Object> openingValues(Task task) {
    return switch (task.elementId()) {
      case QualityProcess.VISIT_TASK -> whereToGo(structureOf(task));
      case QualityProcess.PLAN_TASK -> Map.of("findings", visitFindings(id(task)));
      case QualityProcess.REVIEW_TASK -> Map.of("findings", QualityProcess.ID.equals(task.processId())
          ? visitFindings(id(task)) : surveyFindings(id(task)));
      default -> Map.of();
    };
  }

  private Map<String, Object> whereToGo(UUID structureId) {
    return jdbc.sql("select name, coalesce(address || ', ' || postal_code || ' ', '') || commune as place"
            + " from structure where id = ?")
        .param(structureId)
        .query((rs, row) -> Map.<String, Object>of("structureName", rs.getString("name"), "where",
            rs.getString("place")))
        .single();
  }

  private String visitFindings(UUID controlId) {
    Control control = controls.load(controlId);
    String found = visits.visits(controlId).stream().map(visit -> "Visite du " + visit.visitedOn()
            .format(VisitScore.DATE) + " : " + visit.score() + "/100" + weakPoints(visit.scores())
            + (visit.remarks() == null ? "" : ". " + visit.remarks()))
        .collect(Collectors.joining("\n"));
    return control.correctivePlan() == null ? found : found + "\nPlan d'action : " + control.correctivePlan();
  }

  private static String weakPoints(Map<String, Integer> scores) {
    List<String> weak = VisitScore.POINTS.stream().filter(point -> scores.getOrDefault(point, 0) <= WEAK_POINT)
        .map(POINT_LABELS::get).toList();
    return weak.isEmpty() ? "" : " (points faibles : " + String.join(", ", weak) + ")";
  }

  private String surveyFindings(UUID surveyId) {
    Survey survey = surveys.load(surveyId);
    return "Enquête de satisfaction du " + Countdown.format(survey.opensAt()) + " au "
        + Countdown.format(survey.closesAt()) + " : " + survey.answers() + " réponse(s), "
        + (survey.rate() == null ? "—" : survey.rate().stripTrailingZeros().toPlainString()) + " % de satisfaits.";
  }

  @Override
  public Map<String, String> check(Task task, Map<String, Object> values) {
    LocalDate today = LocalDate.now(clock.withZone(Countdown.PARIS));
    Map<String, String> errors = new LinkedHashMap<>();
    if (QualityProcess.VISIT_TASK.equals(task.elementId())) {
      LocalDate visited = LocalDate.parse((String) values.get("visitDate"));
      LocalDate drawn = LocalDate.ofInstant(controls.load(id(task)).openedAt(), Countdown.PARIS);
      if (visited.isAfter(today) || visited.isBefore(drawn)) {
        errors.put("visitDate", "La visite a eu lieu entre le tirage (" + drawn.format(VisitScore.DATE)
            + ") et aujourd'hui.");
      }
    }
    if (!DeferredDate.isAcceptable(values.get("suspendedUntil"), today)) {
      errors.put("suspendedUntil", "La suspension prend fin à une date future, dans l'année.");
    }
    return errors;
  }

  @Override
  public boolean recordsOnSubmit(Task task) {
    return true;
  }

  @Override
  public void accept(Task task, String username, Map<String, Object> values) {
    switch (task.elementId()) {
      case QualityProcess.VISIT_TASK -> controls.recordVisit(id(task),
          LocalDate.parse((String) values.get("visitDate")), (String) values.get("scenario"), scores(values),
          (String) values.get("remarks"), username);
      case QualityProcess.PLAN_TASK -> controls.recordPlan(id(task), (String) values.get("plan"), username);
      case QualityProcess.REVIEW_TASK -> reviews.decide(UUID.fromString((String) task.variables().get("reviewId")),
          (String) values.get("decision"), values.get("suspendedUntil") instanceof String until
              ? LocalDate.parse(until) : null, (String) values.get("reason"), username);
      default -> { }
    }
  }

  /** The structure writes its plan from its own page; the prefect reviews from the structure's. */
  /** A control's or a survey's events are told in the structure's history. */
  @Override
  public Optional<CaseRef> historyCase(Task task) {
    return Optional.of(new CaseRef(StructureSummary.CASE_TYPE, structureOf(task)));
  }

  @Override
  public String caseLink(Task task) {
    return switch (task.elementId()) {
      case QualityProcess.PLAN_TASK -> MY_STRUCTURE;
      case QualityProcess.REVIEW_TASK -> "/structures/" + structureOf(task);
      default -> null;
    };
  }

  private static Map<String, Integer> scores(Map<String, Object> values) {
    Map<String, Integer> scores = new LinkedHashMap<>();
    VisitScore.POINTS.forEach(point -> scores.put(point, ((Number) values.get(point)).intValue()));
    return scores;
  }

  private static UUID id(Task task) {
    return UUID.fromString(task.businessKey());
  }

  private static UUID structureOf(Task task) {
    return UUID.fromString((String) task.variables().get("structureId"));
  }
}
