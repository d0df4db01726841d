package fr.relais.criteria;

import fr.relais.criteria.ReferentialView.CriterionView;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/** A criterion as the référentiel page shows it, in French. */
record CriterionRow(String code, String label, String category, String requirement, String verification,
    String threshold) {

  static CriterionRow of(CriterionView criterion) {
    return new CriterionRow(criterion.code(), criterion.label(), criterion.category(), criterion.requirement(),
        criterion.verifications().stream().map(Verification::label).collect(Collectors.joining(", ")),
        threshold(criterion.measure(), criterion.minimum()));
  }

  /** What Relais checks itself in the declaration, or empty when only the audit can tell. */
  private static String threshold(Measure measure, BigDecimal minimum) {
    if (measure == null) {
      return "";
    }
    if (measure == Measure.ACCESSIBLE_PREMISES) {
      return minimum.signum() > 0 ? "Locaux accessibles (sauf structure itinérante)" : "Aucun";
    }
    NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
    format.setMaximumFractionDigits(2);
    return "Au moins " + format.format(minimum) + " " + measure.unit();
  }
}
