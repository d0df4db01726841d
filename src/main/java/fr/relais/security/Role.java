package fr.relais.security;

/** The roles of DESIGN.md "The people"; each is paired with a scope on {@link RelaisUser}. */
public enum Role {
  ADMIN,
  ANCT,
  PREFECT,
  AUDITOR,
  AGENT,
  REFERENT,
  ESCALATION,
  VISITOR,
  TRAINER;

  public String authority() {
    return "ROLE_" + name();
  }
}
