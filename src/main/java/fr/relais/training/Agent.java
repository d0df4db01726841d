package fr.relais.training;

import java.time.Instant;
import java.util.UUID;

/**
 * A France Services agent of a structure, as declared and registered for the initial training, with where the
 * structure is (their sessions are looked for there).
 *
 * @param trainingStatus {@code AWAITING_TRAINING}, {@code IN_TRAINING} or {@code CERTIFIED}
 */
public record Agent(UUID id, UUID structureId, String structureName, String departmentCode, String fullName,
    String trainingStatus, Instant registeredAt, Instant certifiedAt) {

  public boolean isCertified() {
    return certifiedAt != null;
  }
}
