package fr.relais.quality;

import fr.relais.forms.DeferredDate;
import fr.relais.forms.FormRegistry;
import fr.relais.history.CaseHistory;
import fr.relais.history.CaseRef;
import fr.relais.structure.StructureSummary;
import fr.relais.tasks.Task;
import fr.relais.tasks.TaskContext;
import fr.relais.tasks.TaskForm;
import fr.relais.web.Countdown;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The quality steps in the task list: the visitor is told where to go, the structure and the prefect what the visits
 * or the survey found (above the form, with the structure's history for the prefect's review); each report and
 * decision is checked and recorded, with who and why, when it is submitted.
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
  private final CaseHistory history;
  private final FormRegistry forms;
  private final QualityProperties properties;
  private final Clock clock;

  QualityTaskForm(QualityControls controls, Controls visits, SatisfactionSurveys surveys, LabelReviews reviews,
      JdbcClient jdbc, CaseHistory history, FormRegistry forms, QualityProperties properties, Clock clock) {
    this.controls = controls;
    this.visits = visits;
    this.surveys = surveys;
    this.reviews = reviews;
    this.jdbc = jdbc;
    this.history = history;
    this.forms = forms;
    this.properties = properties;
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
            .format(VisitScore.DATE) + " : " + visit.score() + "/100" + weakPointsText(weakPoints(visit.scores()))
            + (visit.remarks() == null ? "" : ". " + visit.remarks()))
        .collect(Collectors.joining("\n"));
    return control.correctivePlan() == null ? found : found + "\nPlan d'action : " + control.correctivePlan();
  }

  private static List<String> weakPoints(Map<String, Integer> scores) {
    return VisitScore.POINTS.stream().filter(point -> scores.getOrDefault(point, 0) <= WEAK_POINT)
        .map(POINT_LABELS::get).toList();
  }

  private static String weakPointsText(List<String> weak) {
    return weak.isEmpty() ? "" : " (points faibles : " + String.join(", ", weak) + ")";
  }

  /**
   * The visitor sees where to go and, on a follow-up, what the first visit found and the structure's plan; the
   * structure what its visits found and when its plan is due; the prefect the visits and plan, or the survey, with
   * the structure's history (its earlier decisions). Nobody sees who visited, nor the structure its follow-up date.
   */
  @Override
  public Optional<TaskContext> context(Task task) {
    Map<String, Object> facts = new HashMap<>();
    UUID structureId = structureOf(task);
    facts.putAll(whereToGo(structureId));
    facts.put("passingScore", properties.passingScore());
    switch (task.elementId()) {
      case QualityProcess.VISIT_TASK -> {
        putVisits(facts, id(task));
        facts.put("drawnAt", controls.load(id(task)).openedAt());
      }
      case QualityProcess.PLAN_TASK -> {
        putVisits(facts, id(task));
        facts.put("planDueAt", controls.load(id(task)).planDueAt());
      }
      case QualityProcess.REVIEW_TASK -> {
        if (QualityProcess.ID.equals(task.processId())) {
          putVisits(facts, id(task));
        } else {
          facts.put("survey", surveys.load(id(task)));
          facts.put("satisfactionThreshold", properties.satisfactionThreshold());
          facts.put("minimumAnswers", properties.minimumAnswers());
        }
        facts.put("history", history.of(StructureSummary.CASE_TYPE, structureId));
      }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(new TaskContext("quality/task-context", facts));
  }

  private void putVisits(Map<String, Object> facts, UUID controlId) {
    Map<String, String> scenarios = scenarioLabels();
    facts.put("visits", visits.visits(controlId).stream()
        .map(visit -> new VisitSummary(visit.visitedOn(), scenarios.getOrDefault(visit.scenario(), visit.scenario()),
            visit.score(), visit.passed(), weakPoints(visit.scores()), visit.remarks()))
        .toList());
    String plan = controls.load(controlId).correctivePlan();
    if (plan != null) {
      facts.put("plan", plan);
    }
  }

  /** The scenarios in the words of the visit form, which lists them. */
  private Map<String, String> scenarioLabels() {
    return forms.find(QualityProcess.VISIT_FORM).map(form -> form.optionLabels("scenario")).orElse(Map.of());
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
