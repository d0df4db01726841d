package fr.relais.quality;

import fr.relais.history.CaseHistory;
import fr.relais.structure.StructureSummary;
import fr.relais.web.Countdown;
import fr.relais.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A structure's control after it was drawn: the mystery visit scored out of 100, and below the threshold the
 * corrective plan, the follow-up visit and, at the second failure, the label review. Worker-facing methods are
 * idempotent.
 */
@Service
public class QualityControls {

  private final Controls controls;
  private final Reviews reviews;
  private final CaseHistory history;
  private final QualityProperties properties;
  private final Clock clock;

  QualityControls(Controls controls, Reviews reviews, CaseHistory history,
      QualityProperties properties, Clock clock) {
    this.controls = controls;
    this.reviews = reviews;
    this.history = history;
    this.properties = properties;
    this.clock = clock;
  }

  /** The visitor's report, kept when they submit it; its score decides what follows. */
  @Transactional
  public void recordVisit(UUID controlId, LocalDate visitedOn, String scenario, Map<String, Integer> scores,
      String remarks, String visitor) {
    Control control = load(controlId);
    int score = VisitScore.outOf100(scores);
    controls.recordVisit(new Visit(controlId, control.failedVisits() + 1, visitedOn, visitor, scenario, scores, score,
        score >= properties.passingScore(), remarks, clock.instant()));
  }

  /** Scores the round's visit and moves the control on: passed, a plan to write, or the label to review. */
  @Transactional
  public VisitOutcome scoreVisit(UUID controlId) {
    Control control = load(controlId);
    // Scored already (a redelivered job), a failed round is counted in failedVisits, a passed one is not.
    boolean unscoredOrPassed = control.status().equals("VISIT_DUE") || control.status().equals("PASSED");
    int round = control.failedVisits() + (unscoredOrPassed ? 1 : 0);
    Visit visit = controls.visit(controlId, round).orElseThrow(() -> new IllegalStateException("control " + controlId
        + ": no visit recorded for round " + round));
    Instant now = clock.instant();
    boolean reviewDue = !visit.passed() && round >= 2;
    if (control.status().equals("VISIT_DUE")) {
      if (visit.passed() && controls.move(controlId, "VISIT_DUE", "PASSED", now)) {
        controls.markVisited(control.structureId(), visit.visitedOn());
        record(control, "MYSTERY_VISIT_PASSED", "Visite mystère du " + visit.visitedOn().format(VisitScore.DATE)
            + " : " + visit.score() + "/100.");
      } else if (reviewDue && controls.failVisit(controlId, "REVIEW", null)) {
        controls.markVisited(control.structureId(), visit.visitedOn());
        record(control, "MYSTERY_VISIT_FAILED_AGAIN", "Contre-visite du " + visit.visitedOn().format(VisitScore.DATE)
            + " : " + visit.score() + "/100, sous le seuil de " + properties.passingScore() + " : réexamen du label.");
      } else if (!visit.passed() && !reviewDue && controls.failVisit(controlId, "PLAN_DUE", planDue(now))) {
        controls.markVisited(control.structureId(), visit.visitedOn());
        record(control, "MYSTERY_VISIT_FAILED", "Visite mystère du " + visit.visitedOn().format(VisitScore.DATE)
            + " : " + visit.score() + "/100, sous le seuil de " + properties.passingScore()
            + " : plan d'action demandé à la structure.");
      }
    }
    Control scored = load(controlId);
    UUID reviewId = reviewDue ? reviews.open(control.structureId(), "MYSTERY_VISITS", controlId, now) : null;
    return new VisitOutcome(visit.passed(), reviewDue, scored.planDueAt(), reviewId);
  }

  private Instant planDue(Instant now) {
    return now.plus(properties.planWithin()).truncatedTo(ChronoUnit.SECONDS);
  }

  @Transactional
  public void recordPlan(UUID controlId, String plan, String by) {
    Control control = load(controlId);
    if (controls.recordPlan(controlId, plan, by)) {
      record(control, by, "CORRECTIVE_PLAN_WRITTEN", "Plan d'action : " + plan);
    }
  }

  /** The follow-up visit's date, as the BPMN timer waits for it. */
  @Transactional
  public Instant scheduleFollowUp(UUID controlId) {
    Control control = load(controlId);
    Instant followUpAt = clock.instant().plus(properties.followUpAfter()).truncatedTo(ChronoUnit.SECONDS);
    if (controls.scheduleFollowUp(controlId, followUpAt)) {
      record(control, "FOLLOW_UP_SCHEDULED", "Contre-visite mystère à partir du " + Countdown.format(followUpAt) + ".");
      return followUpAt;
    }
    return load(controlId).followUpAt();
  }

  private void record(Control control, String event, String detail) {
    record(control, CaseHistory.SYSTEM, event, detail);
  }

  private void record(Control control, String by, String event, String detail) {
    history.record(StructureSummary.CASE_TYPE, control.structureId(), by, event, detail);
  }

  Control load(UUID controlId) {
    return controls.find(controlId).orElseThrow(() -> new NotFoundException("Contrôle introuvable."));
  }

  /** What the BPMN needs after a visit: whether it passed, and if not, the plan's due date or the review. */
  public record VisitOutcome(boolean passed, boolean reviewDue, Instant planDueAt, UUID reviewId) {}
}
