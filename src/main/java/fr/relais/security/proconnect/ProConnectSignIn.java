package fr.relais.security.proconnect;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.stereotype.Component;

/**
 * The UI chain's one hook for ProConnect ({@code .with(proConnectSignIn, withDefaults())}): it adds ProConnect
 * sign-in and logout when ProConnect is configured and does nothing otherwise, so form login stays as it is. The
 * login page asks it whether to show the ProConnect button.
 */
@Component
public class ProConnectSignIn extends AbstractHttpConfigurer<ProConnectSignIn, HttpSecurity> {

  private final ObjectProvider<ProConnectLogin> login;

  ProConnectSignIn(ObjectProvider<ProConnectLogin> login) {
    this.login = login;
  }

  // init, not configure: adding the OIDC login configurer is only allowed while the chain initialises.
  @Override
  public void init(HttpSecurity http) throws Exception {
    ProConnectLogin proConnect = login.getIfAvailable();
    if (proConnect != null) {
      proConnect.applyTo(http);
    }
  }

  public boolean isConfigured() {
    return login.getIfAvailable() != null;
  }
}
