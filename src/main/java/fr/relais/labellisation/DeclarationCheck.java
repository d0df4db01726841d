package fr.relais.labellisation;

import fr.relais.criteria.Criterion;
import fr.relais.criteria.Measure;
import fr.relais.criteria.Referential;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a declaration against every criterion of a référentiel version that has a threshold; the others wait
 * for the auditor. Pure: the same declaration and version always give the same gaps.
 */
final class DeclarationCheck {

  private DeclarationCheck() {}

  /** The gaps, in the référentiel's order; empty when the declaration meets every checkable criterion. */
  static List<DeclarationGap> gaps(Referential referential, Declaration declaration,
      Function<String, String> operatorName) {
    List<DeclarationGap> gaps = new ArrayList<>();
    for (Criterion criterion : referential.checkedFromTheDeclaration()) {
      gapOf(criterion, referential, declaration, operatorName).ifPresent(gaps::add);
    }
    return gaps;
  }

  private static Optional<DeclarationGap> gapOf(Criterion criterion, Referential referential, Declaration declaration,
      Function<String, String> operatorName) {
    Measure measure = criterion.measure();
    if (measure == Measure.ACCESSIBLE_PREMISES && declaration.kind() == StructureKind.ITINERANT) {
      return Optional.empty();
    }
    BigDecimal value = valueOf(measure, referential, declaration);
    if (value.compareTo(criterion.minimum()) >= 0) {
      return Optional.empty();
    }
    String message = switch (measure) {
      case ACCESSIBLE_PREMISES -> "les locaux ne sont pas déclarés accessibles aux personnes à mobilité réduite.";
      case NATIONAL_OPERATORS -> "il manque " + String.join(", ", referential.mandatoryOperators().stream()
          .filter(code -> !declaration.operators().contains(code)).map(operatorName).sorted().toList()) + ".";
      default -> "déclaré " + number(value) + ", requis au moins " + number(criterion.minimum()) + " ("
          + measure.unit() + ").";
    };
    return Optional.of(new DeclarationGap(criterion.code(), criterion.label(),
        criterion.code() + " " + criterion.label() + " : " + message));
  }

  private static BigDecimal valueOf(Measure measure, Referential referential, Declaration declaration) {
    return switch (measure) {
      case OPENING_DAYS_PER_WEEK -> BigDecimal.valueOf(declaration.openingDays());
      case OPENING_HOURS_PER_WEEK -> declaration.weeklyHours();
      case AGENTS -> BigDecimal.valueOf(declaration.distinctAgents());
      case NATIONAL_OPERATORS -> BigDecimal.valueOf(referential.mandatoryOperators().stream()
          .filter(declaration.operators()::contains).count());
      case CONFIDENTIAL_ROOMS -> BigDecimal.valueOf(declaration.confidentialRooms());
      case ACCESSIBLE_PREMISES -> declaration.accessiblePremises() ? BigDecimal.ONE : BigDecimal.ZERO;
      case FREE_ACCESS_WORKSTATIONS -> BigDecimal.valueOf(declaration.freeAccessWorkstations());
      case VIDEO_WORKSTATIONS -> BigDecimal.valueOf(declaration.videoWorkstations());
    };
  }

  private static String number(BigDecimal value) {
    NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }
}
