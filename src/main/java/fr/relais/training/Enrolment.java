package fr.relais.training;

import java.time.Instant;
import java.util.UUID;

/**
 * One seat an agent took in a session.
 *
 * @param status {@code ENROLLED}, {@code ATTENDED}, {@code ABSENT} or {@code CANCELLED}
 */
public record Enrolment(UUID id, UUID agentId, UUID sessionId, String moduleCode, String status, Instant enrolledAt,
    String attendanceBy, Instant attendanceAt, String attendanceComment) {

  boolean isAttended() {
    return TrainingProcess.ATTENDED.equals(status);
  }
}
