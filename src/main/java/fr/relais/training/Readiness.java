package fr.relais.training;

/** Whether a structure has the trained agents it needs to open. */
public record Readiness(int certifiedAgents, int required, boolean ready) {

  static Readiness of(int certifiedAgents, int required) {
    return new Readiness(certifiedAgents, required, certifiedAgents >= required);
  }
}
