package fr.relais.quality;

import fr.relais.history.CaseHistory;
import fr.relais.notification.Notifications;
import fr.relais.web.PublicLinks;
import fr.relais.security.CandidateGroups;
import fr.relais.structure.StructureSummary;
import fr.relais.web.Countdown;
import fr.relais.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prefect's review of a label after two failed visits or a poor survey: keep it, suspend it until a date (then
 * reinstate it), or withdraw it. A suspended or withdrawn structure leaves the campaigns' draws.
 */
@Service
public class LabelReviews {

  /** A suspension ends on the morning of its last day, Paris time. */
  private static final LocalTime SUSPENSION_ENDS_AT = LocalTime.of(8, 0);

  private final Reviews reviews;
  private final Controls controls;
  private final Surveys surveys;
  private final CaseHistory history;
  private final Notifications notifications;
  private final PublicLinks links;
  private final Clock clock;

  LabelReviews(Reviews reviews, Controls controls, Surveys surveys, CaseHistory history, Notifications notifications,
      PublicLinks links, Clock clock) {
    this.links = links;
    this.reviews = reviews;
    this.controls = controls;
    this.surveys = surveys;
    this.history = history;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** The prefect's decision, recorded when they submit it. */
  @Transactional
  public void decide(UUID reviewId, String decision, LocalDate suspendedUntil, String reason, String prefect) {
    Review review = load(reviewId);
    if (reviews.decide(reviewId, decision, suspendedUntil, reason, prefect, clock.instant())) {
      history.record(StructureSummary.CASE_TYPE, review.structureId(), prefect, "LABEL_REVIEW_" + decision,
          switch (decision) {
            case QualityProcess.KEEP -> "Label maintenu après réexamen : ";
            case QualityProcess.SUSPEND -> "Label suspendu jusqu'au " + suspendedUntil.format(VisitScore.DATE) + " : ";
            default -> "Label retiré : ";
          } + reason);
      if (QualityProcess.KEEP.equals(decision)) {
        closeSource(review, "KEPT");
      }
    }
  }

  /**
   * Suspends the label; returns when the suspension ends, as the BPMN timer waits for it. A label suspended (or
   * withdrawn) by another review meanwhile stays as it is; this review is closed all the same.
   */
  @Transactional
  public Instant suspend(UUID reviewId) {
    Review review = load(reviewId);
    if (reviews.moveLabel(review.structureId(), "LABELLED", "SUSPENDED")) {
      notifications.enqueue(reviewId + ":suspended", CandidateGroups.agent(review.structureId().toString()),
          "Label France Services suspendu", "Bonjour,\n\nAprès le réexamen de votre label par la préfecture, le label"
              + " France Services de votre structure est suspendu jusqu'au "
              + review.suspendedUntil().format(VisitScore.DATE) + ".\nMotif : " + review.reason()
              + "\n\nLes résultats de qualité de votre structure : " + links.to(QualityTaskForm.MY_STRUCTURE));
    }
    closeSource(review, "SUSPENDED");
    return review.suspendedUntil().atTime(SUSPENSION_ENDS_AT).atZone(Countdown.PARIS).toInstant();
  }

  /** The suspension ends, unless another review withdrew the label or suspended it for longer. */
  @Transactional
  public void reinstate(UUID reviewId) {
    Review review = load(reviewId);
    if (!reviews.isOverruled(review) && reviews.moveLabel(review.structureId(), "SUSPENDED", "LABELLED")) {
      history.record(StructureSummary.CASE_TYPE, review.structureId(), CaseHistory.SYSTEM, "LABEL_REINSTATED",
          "Fin de la suspension : label rétabli.");
      moveSource(review, "SUSPENDED", "REINSTATED");
    }
  }

  /** Withdraws the label, suspended or not. */
  @Transactional
  public void withdraw(UUID reviewId) {
    Review review = load(reviewId);
    if (reviews.withdrawLabel(review.structureId())) {
      notifications.enqueue(reviewId + ":withdrawn", CandidateGroups.agent(review.structureId().toString()),
          "Label France Services retiré", "Bonjour,\n\nAprès le réexamen de votre label par la préfecture, le label"
              + " France Services de votre structure est retiré.\nMotif : " + review.reason()
              + "\n\nLes résultats de qualité de votre structure : " + links.to(QualityTaskForm.MY_STRUCTURE));
    }
    closeSource(review, "WITHDRAWN");
  }

  private void closeSource(Review review, String status) {
    moveSource(review, "REVIEW", status);
  }

  private void moveSource(Review review, String from, String to) {
    if ("MYSTERY_VISITS".equals(review.source())) {
      controls.move(review.sourceId(), from, to, clock.instant());
    } else {
      surveys.move(review.sourceId(), from, to);
    }
  }

  Review load(UUID reviewId) {
    return reviews.find(reviewId).orElseThrow(() -> new NotFoundException("Réexamen introuvable."));
  }
}
