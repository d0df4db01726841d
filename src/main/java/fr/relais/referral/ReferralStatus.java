package fr.relais.referral;

/** Where a case stands, with the word its readers see. */
public enum ReferralStatus {
  OPEN("Ouverte"),
  ESCALATED("Escaladée"),
  AWAITING_INFORMATION("En attente d'un complément"),
  ANSWERED("Répondue"),
  CLOSED("Clôturée");

  private final String label;

  ReferralStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
