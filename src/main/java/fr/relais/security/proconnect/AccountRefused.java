package fr.relais.security.proconnect;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** ProConnect vouched for the person, but no single active Relais account is theirs. */
class AccountRefused extends OAuth2AuthenticationException {

  private final Refusal refusal;

  AccountRefused(Refusal refusal) {
    super(new OAuth2Error("account_" + refusal.code()));
    this.refusal = refusal;
  }

  Refusal refusal() {
    return refusal;
  }
}
