package fr.relais.labellisation;

/** What the auditor found for one criterion: {@code COMPLIANT}, {@code NON_COMPLIANT} or {@code NOT_APPLICABLE}. */
public record CriterionResult(String code, String result, String comment) {

  public static final String COMPLIANT = "COMPLIANT";
  public static final String NON_COMPLIANT = "NON_COMPLIANT";
  public static final String NOT_APPLICABLE = "NOT_APPLICABLE";

  boolean isNonCompliant() {
    return NON_COMPLIANT.equals(result);
  }
}
