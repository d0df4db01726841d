package fr.relais.home;

import fr.relais.labellisation.StructureService;
import fr.relais.labellisation.StructureStatus;
import fr.relais.labellisation.StructureView;
import fr.relais.quality.QualityProcess;
import fr.relais.quality.QualityViews;
import fr.relais.security.RelaisUser;
import fr.relais.security.Role;
import fr.relais.training.TrainingSession;
import fr.relais.training.TrainingSessionService;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The prefect's department: its structures by status, the decisions waiting, training sessions, label reviews. */
@Component
@Order(3)
class PrefectHome implements HomeSection {

  private static final int SESSIONS_SHOWN = 5;

  /** A coming session as the page lists it. */
  record SessionLine(TrainingSession session, String moduleTitle) {}

  private final StructureService structures;
  private final TrainingSessionService training;
  private final QualityViews quality;
  private final HomeTasks tasks;
  private final Clock clock;

  PrefectHome(StructureService structures, TrainingSessionService training, QualityViews quality, HomeTasks tasks,
      Clock clock) {
    this.structures = structures;
    this.training = training;
    this.quality = quality;
    this.tasks = tasks;
    this.clock = clock;
  }

  @Override
  public Optional<HomePanel> panelFor(RelaisUser user) {
    if (!user.hasRole(Role.PREFECT)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    List<TrainingSession> coming = training.calendar(user, user.department()).stream()
        .filter(session -> session.startsAt().isAfter(now))
        .toList();
    return Optional.of(new HomePanel("home/prefect", Map.of(
        "department", user.department(),
        "structuresByStatus", byStatus(structures.search(user, user.department(), null)),
        // Label reviews have their own block and page: the decisions block lists the rest.
        "decisions", tasks.digest(user, HomeTasks.at(QualityProcess.REVIEW_TASK).negate()),
        "sessions", coming.stream().limit(SESSIONS_SHOWN)
            .map(session -> new SessionLine(session, training.moduleTitle(session.moduleCode())))
            .toList(),
        "sessionCount", coming.size(),
        "seatsTaken", coming.stream().mapToInt(TrainingSession::seatsTaken).sum(),
        "seats", coming.stream().mapToInt(TrainingSession::capacity).sum(),
        "reviews", quality.openReviews(user))));
  }

  /** Every status in its order, with how many structures have it; statuses nobody has are left out. */
  private static Map<StructureStatus, Long> byStatus(List<StructureView> structures) {
    Map<StructureStatus, Long> counts = new EnumMap<>(StructureStatus.class);
    structures.forEach(structure -> counts.merge(structure.status(), 1L, Long::sum));
    return counts;
  }
}
