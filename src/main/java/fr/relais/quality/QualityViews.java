package fr.relais.quality;

import fr.relais.security.RelaisUser;
import fr.relais.security.Role;
import fr.relais.structure.ReferenceData;
import fr.relais.structure.StructureSummary;
import fr.relais.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * What quality control shows, to whom: ANCT and the mystery visitors see every campaign; a prefecture sees the draws
 * and visits of its department; a structure sees its own results.
 */
@Service
public class QualityViews {

  private final Campaigns campaigns;
  private final Controls controls;
  private final Surveys surveys;
  private final Reviews reviews;
  private final ReferenceData referenceData;
  private final Clock clock;

  QualityViews(Campaigns campaigns, Controls controls, Surveys surveys, Reviews reviews, ReferenceData referenceData,
      Clock clock) {
    this.campaigns = campaigns;
    this.controls = controls;
    this.surveys = surveys;
    this.reviews = reviews;
    this.referenceData = referenceData;
    this.clock = clock;
  }

  /** Newest first. */
  public List<CampaignSummary> campaigns(RelaisUser user) {
    return campaigns.latest(departmentScope(user));
  }

  public CampaignView campaign(RelaisUser user, UUID id) {
    String department = departmentScope(user);
    Campaign campaign = campaigns.find(id).orElseThrow(() -> new NotFoundException("Campagne introuvable."));
    List<ControlLine> lines = controls.linesOf(id, department);
    List<UUID> sample = department == null ? campaign.sample()
        : lines.stream().map(ControlLine::structureId).toList();
    return new CampaignView(id, campaign.startedAt(), campaign.seed(), campaign.frame().size(), sample, lines);
  }

  /** A structure's visits and surveys with their scores. */
  public StructureQuality ofStructure(RelaisUser user, UUID structureId) {
    StructureSummary structure = referenceData.structure(structureId)
        .orElseThrow(() -> new NotFoundException("Structure introuvable."));
    boolean allowed = switch (user.role()) {
      case ANCT -> true;
      case PREFECT -> structure.departmentCode().equals(user.department());
      case AGENT -> structureId.equals(user.structureId());
      default -> false;
    };
    if (!allowed) {
      throw new AccessDeniedException("structure outside the user's scope");
    }
    List<ControlDetail> details = controls.ofStructure(structureId).stream()
        .map(control -> new ControlDetail(control, controls.visits(control.id())))
        .map(detail -> user.role() == Role.AGENT ? detail.asTheStructureSeesIt() : detail)
        .filter(detail -> detail != null)
        .toList();
    return new StructureQuality(structureId, details, surveys.ofStructure(structureId));
  }

  /** The open survey's public link of a structure, for its own page. */
  public Optional<Survey> openSurvey(UUID structureId) {
    Instant now = clock.instant();
    return surveys.ofStructure(structureId).stream().filter(survey -> survey.isOpenAt(now)).findFirst();
  }

  /** The reviews waiting for the prefect's decision, in their department (ANCT: everywhere). */
  public List<PendingReview> openReviews(RelaisUser user) {
    if (user.role() == Role.VISITOR) {
      throw new AccessDeniedException("a mystery visitor does not review labels");
    }
    return reviews.open(departmentScope(user));
  }

  /** Null: every department. */
  private static String departmentScope(RelaisUser user) {
    return switch (user.role()) {
      case ANCT, VISITOR -> null;
      case PREFECT -> user.department();
      default -> throw new AccessDeniedException("quality campaigns are for ANCT, prefectures and mystery visitors");
    };
  }

  /** A campaign: its seed, how many structures it drew from, its sample and each drawn structure's control. */
  public record CampaignView(UUID id, Instant startedAt, long seed, int frameSize, List<UUID> sample,
      List<ControlLine> visits) {}

  public record ControlDetail(Control control, List<Visit> visits) {

    /**
     * A visit is a mystery to the structure visited: it learns of its control once visited, never who visited nor
     * when a follow-up visit comes. Null while it has not been visited.
     */
    ControlDetail asTheStructureSeesIt() {
      if (visits.isEmpty()) {
        return null;
      }
      Control hidden = new Control(control.id(), control.campaignId(), control.structureId(),
          control.departmentCode(), control.status(), control.failedVisits(), control.planDueAt(),
          control.correctivePlan(), null, control.openedAt(), control.closedAt());
      return new ControlDetail(hidden, visits.stream().map(visit -> new Visit(visit.controlId(), visit.round(),
          visit.visitedOn(), null, visit.scenario(), visit.scores(), visit.score(), visit.passed(), visit.remarks(),
          visit.recordedAt())).toList());
    }
  }

  public record StructureQuality(UUID structureId, List<ControlDetail> controls, List<Survey> surveys) {}
}
