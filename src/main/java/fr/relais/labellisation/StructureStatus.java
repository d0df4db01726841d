package fr.relais.labellisation;

/** Where a structure stands on its way to (or with) the label. */
public enum StructureStatus {
  PROPOSED("Proposée"),
  DECLARATION_INCOMPLETE("Déclaration incomplète"),
  AUDIT_PENDING("Audit à réaliser"),
  UPGRADE_REQUIRED("Mise à niveau demandée"),
  AWAITING_NATIONAL_AGREEMENT("Avis de l'ANCT attendu"),
  AWAITING_LABEL_DECISION("Décision du préfet attendue"),
  LABELLED("Labellisée"),
  REFUSED("Label refusé"),
  ABANDONED("Projet abandonné"),
  SUSPENDED("Label suspendu"),
  WITHDRAWN("Label retiré");

  private final String label;

  StructureStatus(String label) {
    this.label = label;
  }

  /** How pages name the status. */
  public String label() {
    return label;
  }
}
