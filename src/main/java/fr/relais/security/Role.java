package fr.relais.security;

/** The roles of DESIGN.md "The people"; each is paired with a scope on {@link RelaisUser}. */
public enum Role {
  ADMIN("Administration de Relais"),
  ANCT("ANCT — programme national"),
  PREFECT("Préfecture"),
  AUDITOR("Auditeur"),
  AGENT("Structure France Services"),
  REFERENT("Référent d'un opérateur"),
  ESCALATION("Pôle d'escalade d'un opérateur"),
  VISITOR("Visiteur mystère"),
  TRAINER("Formateur");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  /** How pages name the role. */
  public String label() {
    return label;
  }

  public String authority() {
    return "ROLE_" + name();
  }
}
