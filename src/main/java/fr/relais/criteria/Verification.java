package fr.relais.criteria;

/** How an auditor establishes that a criterion is met. */
public enum Verification {
  /** Stated in the structure's application file. */
  DECLARED("Déclaration"),
  /** Shown by a document (convention, rota, certificates...). */
  DOCUMENT("Pièce justificative"),
  /** Seen by the auditor on site. */
  ON_SITE("Constat sur place"),
  /** Read from the platforms' own data (registration, activity reporting, Administration+). */
  SYSTEM("Données des plateformes"),
  /** Observed by a mystery visit. */
  MYSTERY_VISIT("Visite mystère");

  private final String label;

  Verification(String label) {
    this.label = label;
  }

  /** How people read it, in French. */
  public String label() {
    return label;
  }
}
