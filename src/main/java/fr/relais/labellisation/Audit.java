package fr.relais.labellisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One on-site audit round of a structure, judged against the référentiel version it names.
 *
 * @param conclusive null until scored
 */
public record Audit(UUID structureId, int round, String referentialVersion, String auditor, boolean fastTrack,
    Instant dueAt, LocalDate visitDate, List<CriterionResult> results, String remarks, String submittedBy,
    Instant submittedAt, Boolean conclusive) {

  public Audit {
    results = List.copyOf(results);
  }

  /** Conclusive only when every applicable criterion is compliant. */
  boolean findsEveryApplicableCriterionCompliant() {
    return results.stream().noneMatch(CriterionResult::isNonCompliant);
  }

  public List<CriterionResult> nonCompliant() {
    return results.stream().filter(CriterionResult::isNonCompliant).toList();
  }
}
