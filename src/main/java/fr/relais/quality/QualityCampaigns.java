package fr.relais.quality;

import fr.relais.engine.AfterCommit;
import fr.relais.engine.PendingStarts;
import fr.relais.engine.ProcessStarter;
import fr.relais.history.CaseHistory;
import fr.relais.structure.StructureSummary;
import fr.relais.web.Countdown;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts each month's campaign: draws the structures to visit, opens their controls and the satisfaction surveys due,
 * then starts their processes once all of it is stored.
 */
@Service
public class QualityCampaigns implements PendingStarts {

  private static final SecureRandom SEEDS = new SecureRandom();
  private static final int MONTHS_A_YEAR = 12;

  private final Campaigns campaigns;
  private final Controls controls;
  private final Surveys surveys;
  private final CaseHistory history;
  private final ProcessStarter processes;
  private final QualityProperties properties;
  private final Clock clock;

  QualityCampaigns(Campaigns campaigns, Controls controls, Surveys surveys, CaseHistory history,
      ProcessStarter processes, QualityProperties properties, Clock clock) {
    this.campaigns = campaigns;
    this.controls = controls;
    this.surveys = surveys;
    this.history = history;
    this.processes = processes;
    this.properties = properties;
    this.clock = clock;
  }

  /** Today's campaign: drawn once, however often the engine delivers the job. */
  @Transactional
  public Campaign draw() {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, Countdown.PARIS);
    Optional<Campaign> drawn = campaigns.onDay(today);
    if (drawn.isPresent()) {
      return drawn.get();
    }
    List<SamplingFrame> frame = campaigns.frame();
    long seed = SEEDS.nextLong();
    LocalDate next = today.plusMonths(MONTHS_A_YEAR / properties.campaignsPerYear());
    Campaign campaign = new Campaign(UUID.randomUUID(), now, seed, next, properties.campaignsPerYear(), frame,
        QualitySampler.draw(frame, seed, next, properties.campaignsPerYear()));
    if (!campaigns.insertIfAbsent(campaign, today)) {
      return campaigns.onDay(today).orElseThrow();
    }
    List<UUID> opened = new ArrayList<>();
    Set<UUID> sample = Set.copyOf(campaign.sample());
    for (SamplingFrame structure : frame) {
      if (sample.contains(structure.structureId())) {
        UUID control = UUID.randomUUID();
        if (controls.open(control, campaign.id(), structure, now)) {
          opened.add(control);
          history.record(StructureSummary.CASE_TYPE, structure.structureId(), CaseHistory.SYSTEM, "DRAWN_FOR_VISIT",
              "Tirée au sort pour une visite mystère (campagne du " + Countdown.format(now) + ").");
        }
      }
    }
    List<UUID> surveyed = openSurveysDue(now);
    AfterCommit.run(() -> {
      opened.forEach(id -> controls.find(id).ifPresent(this::start));
      surveyed.forEach(id -> surveys.find(id).ifPresent(this::start));
    });
    return campaign;
  }

  private List<UUID> openSurveysDue(Instant now) {
    List<UUID> planned = new ArrayList<>();
    for (SamplingFrame structure : surveys.due(now.minus(Duration.ofDays(365)))) {
      UUID id = UUID.randomUUID();
      if (surveys.plan(id, structure, SurveyToken.next(), now, now.plus(properties.surveyOpenFor()))) {
        planned.add(id);
      }
    }
    return planned;
  }

  @Override
  public int startPending() {
    Instant before = clock.instant().minus(Duration.ofSeconds(30));
    int started = 0;
    for (Control control : controls.notStartedBefore(before)) {
      started += start(control) ? 1 : 0;
    }
    for (Survey survey : surveys.notStartedBefore(before)) {
      started += start(survey) ? 1 : 0;
    }
    return started;
  }

  private boolean start(Control control) {
    String id = control.id().toString();
    return processes.start(QualityProcess.ID, Map.of("controlId", id, "businessKey", id,
        "structureId", control.structureId().toString(), "department", control.departmentCode()),
        instance -> controls.markStarted(control.id(), instance));
  }

  private boolean start(Survey survey) {
    String id = survey.id().toString();
    return processes.start(QualityProcess.SURVEY_ID, Map.of("surveyId", id, "businessKey", id,
        "structureId", survey.structureId().toString(), "department", survey.departmentCode()),
        instance -> surveys.markStarted(survey.id(), instance));
  }
}
