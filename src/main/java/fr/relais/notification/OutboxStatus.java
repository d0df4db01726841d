package fr.relais.notification;

/** Where an e-mail of the outbox stands. */
enum OutboxStatus {
  /** To send, at {@code next_attempt_at}. */
  PENDING("À envoyer"),
  SENT("Envoyé"),
  /** Given up after the configured number of attempts; shown to administrators with the last error. */
  FAILED("En échec"),
  /** For someone who chose the daily digest: waits to be listed in it. */
  HELD("Pour le résumé quotidien"),
  /** Listed in a daily digest instead of being sent on its own. */
  DIGESTED("Repris dans un résumé"),
  /** A day's digest that had nothing to list: kept so the day counts as done, never sent. */
  EMPTY("Résumé sans contenu, non envoyé");

  private final String label;

  OutboxStatus(String label) {
    this.label = label;
  }

  /** The status in the administrators' words. */
  public String label() {
    return label;
  }
}
