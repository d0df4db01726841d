package fr.relais.security.proconnect;

import org.springframework.security.core.AuthenticationException;

/**
 * Why a ProConnect sign-in was refused, as the login page tells it: {@code /login?proconnect=<code>}, whose
 * texts live in {@code templates/proconnect/sign-in.html}. Only the account cases say more than "it failed":
 * the person can act on them, through their administrator.
 */
enum Refusal {
  UNKNOWN_ACCOUNT("compte-inconnu"),
  INACTIVE_ACCOUNT("compte-desactive"),
  AMBIGUOUS_ACCOUNT("compte-ambigu"),
  FAILED("echec");

  private final String code;

  Refusal(String code) {
    this.code = code;
  }

  String code() {
    return code;
  }

  static Refusal of(AuthenticationException exception) {
    return exception instanceof AccountRefused refused ? refused.refusal() : FAILED;
  }
}
