package fr.relais.training;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Where an agent stands in one module: {@code ATTENDED}, {@code ENROLLED} (with the session), {@code ABSENT} (last
 * time, a new seat is being found) or {@code TO_PLAN}.
 */
public record ModuleProgress(String module, String title, String mode, String status, Instant sessionStartsAt,
    String sessionPlace, int attempts) {

  static ModuleProgress of(TrainingModule module, List<Enrolment> enrolments,
      Function<UUID, Optional<TrainingSession>> sessions) {
    Optional<Enrolment> latest = enrolments.stream().filter(enrolment -> !"CANCELLED".equals(enrolment.status()))
        .reduce((first, second) -> second);
    String status = enrolments.stream().anyMatch(Enrolment::isAttended) ? TrainingProcess.ATTENDED
        : latest.map(Enrolment::status).orElse("TO_PLAN");
    Optional<TrainingSession> session = latest.flatMap(enrolment -> sessions.apply(enrolment.sessionId()));
    return new ModuleProgress(module.code(), module.title(), module.mode(), status,
        session.map(TrainingSession::startsAt).orElse(null), session.map(TrainingSession::place).orElse(null),
        enrolments.size());
  }
}
