package fr.relais.criteria;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A whole published version. Its criteria have the fields a publication takes, so a version read here can be the
 * starting point of the next one.
 *
 * @param mandatoryOperators operator codes, in the operator table's order
 */
public record ReferentialView(String version, String title, Instant publishedAt, String publishedBy, boolean current,
    List<CriterionView> criteria, List<String> mandatoryOperators) {

  static ReferentialView of(ReferentialSummary summary, Referential referential, List<String> mandatoryOperators) {
    return new ReferentialView(summary.version(), summary.title(), summary.publishedAt(), summary.publishedBy(),
        summary.current(), referential.criteria().stream().map(CriterionView::of).toList(), mandatoryOperators);
  }

  /** @param measure null, with minimum, when only an auditor can check the criterion */
  public record CriterionView(String code, String label, String requirement, String category,
      List<Verification> verifications, Measure measure, BigDecimal minimum) {

    static CriterionView of(Criterion criterion) {
      return new CriterionView(criterion.code(), criterion.label(), criterion.requirement(), criterion.category(),
          criterion.verifications(), criterion.measure(), plain(criterion.minimum()));
    }

    /** The column's scale makes 5 read "5.00"; shown as written, without the exponent stripping alone gives 10. */
    private static BigDecimal plain(BigDecimal value) {
      if (value == null) {
        return null;
      }
      BigDecimal stripped = value.stripTrailingZeros();
      return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
  }
}
