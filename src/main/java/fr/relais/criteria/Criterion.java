package fr.relais.criteria;

import java.math.BigDecimal;
import java.util.List;

/**
 * One mandatory criterion of a référentiel version.
 *
 * @param measure what Relais measures in the declaration to check it, or null when only an auditor can
 * @param minimum the least acceptable value of the measure, null exactly when measure is
 */
public record Criterion(String code, String label, String requirement, String category,
    List<Verification> verifications, Measure measure, BigDecimal minimum) {

  public Criterion {
    verifications = List.copyOf(verifications);
    if ((measure == null) != (minimum == null)) {
      throw new IllegalArgumentException(code + ": a measure goes with a minimum");
    }
  }

  public boolean isCheckedFromTheDeclaration() {
    return measure != null;
  }
}
