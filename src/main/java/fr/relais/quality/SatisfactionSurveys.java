package fr.relais.quality;

import fr.relais.history.CaseHistory;
import fr.relais.structure.StructureSummary;
import fr.relais.web.ConflictException;
import fr.relais.web.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The yearly satisfaction survey: open four weeks through a public link, then counted, and reviewed when poor. */
@Service
public class SatisfactionSurveys {

  private final Surveys surveys;
  private final Reviews reviews;
  private final CaseHistory history;
  private final QualityProperties properties;
  private final Clock clock;

  SatisfactionSurveys(Surveys surveys, Reviews reviews, CaseHistory history, QualityProperties properties,
      Clock clock) {
    this.surveys = surveys;
    this.reviews = reviews;
    this.history = history;
    this.properties = properties;
    this.clock = clock;
  }

  /** When the survey closes, as the BPMN timer waits for it. */
  public Instant open(UUID surveyId) {
    Survey survey = load(surveyId);
    return survey.closesAt();
  }

  /** What the public page shows: the survey while it is open; otherwise a clear word that it is not. */
  public Survey openByToken(String token) {
    Survey survey = surveys.byToken(token).orElseThrow(() -> new NotFoundException("Cette enquête n'existe pas."));
    if (!survey.isOpenAt(clock.instant())) {
      throw new ConflictException("Cette enquête est close : merci de votre intérêt.");
    }
    return survey;
  }

  /** One answer, counted only while the survey is open. */
  @Transactional
  public void answer(String token, SurveyAnswer answer) {
    Survey survey = openByToken(token);
    if (!surveys.answer(survey.id(), answer.satisfaction(), answer.outcome(), answer.recommend(), clock.instant())) {
      throw new ConflictException("Cette enquête est close : merci de votre intérêt.");
    }
  }

  /** Closes the survey once with its rate; a poor rate on enough answers opens the label's review. */
  @Transactional
  public SurveyOutcome close(UUID surveyId) {
    Survey survey = load(surveyId);
    Instant now = clock.instant();
    BigDecimal rate = survey.answers() == 0 ? null : BigDecimal.valueOf(survey.satisfied() * 100L)
        .divide(BigDecimal.valueOf(survey.answers()), 2, RoundingMode.HALF_UP);
    boolean enough = survey.answers() >= properties.minimumAnswers();
    boolean poor = enough && rate.compareTo(BigDecimal.valueOf(properties.satisfactionThreshold())) < 0;
    if (surveys.close(surveyId, rate, poor ? "REVIEW" : "CLOSED", now)) {
      history.record(StructureSummary.CASE_TYPE, survey.structureId(), CaseHistory.SYSTEM, "SURVEY_CLOSED",
          "Enquête de satisfaction close : " + survey.answers() + " réponse(s)" + (rate == null ? "" : ", "
              + rate.stripTrailingZeros().toPlainString() + " % de satisfaits")
              + (poor ? ", sous le seuil de " + properties.satisfactionThreshold() + " % : réexamen du label."
              : enough ? "." : " : trop peu de réponses pour conclure."));
    }
    // A redelivered job finds the same answers (a closed survey takes no more) and the same verdict.
    UUID reviewId = poor ? reviews.open(survey.structureId(), "SURVEY", surveyId, now) : null;
    return new SurveyOutcome(poor, reviewId);
  }

  Survey load(UUID surveyId) {
    return surveys.find(surveyId).orElseThrow(() -> new NotFoundException("Enquête introuvable."));
  }

  /** {@code belowThreshold}: the label goes to its review, {@code reviewId} names it. */
  public record SurveyOutcome(boolean belowThreshold, UUID reviewId) {}
}
