package fr.relais.criteria;

/** A quantity read from a structure's declaration, compared with a criterion's minimum. */
public enum Measure {
  OPENING_DAYS_PER_WEEK("jours d'ouverture par semaine"),
  OPENING_HOURS_PER_WEEK("heures d'ouverture par semaine"),
  AGENTS("agents"),
  /** How many of the version's mandatory national operators the structure offers. */
  NATIONAL_OPERATORS("opérateurs nationaux"),
  CONFIDENTIAL_ROOMS("espaces confidentiels"),
  /** 1 when the premises are accessible to people with reduced mobility; not applicable to itinerant structures. */
  ACCESSIBLE_PREMISES("locaux accessibles"),
  FREE_ACCESS_WORKSTATIONS("postes en libre accès"),
  VIDEO_WORKSTATIONS("postes de visioconférence");

  private final String unit;

  Measure(String unit) {
    this.unit = unit;
  }

  public String unit() {
    return unit;
  }
}
