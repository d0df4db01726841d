package fr.relais.security.proconnect;

import fr.relais.security.RelaisUserDetails;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * A ProConnect sign-in as the session keeps it. Its principal is the account's {@link RelaisUserDetails}, as
 * with form login, so every {@code @AuthenticationPrincipal RelaisUserDetails} and scope check works unchanged;
 * it also keeps the ID token, which the provider's logout asks for as {@code id_token_hint}.
 */
final class ProConnectAuthentication extends AbstractAuthenticationToken {

  private final RelaisUserDetails account;
  private final OidcIdToken idToken;

  ProConnectAuthentication(RelaisUserDetails account, OidcIdToken idToken) {
    super(account.getAuthorities());
    this.account = account;
    this.idToken = idToken;
    setAuthenticated(true);
  }

  @Override
  public RelaisUserDetails getPrincipal() {
    return account;
  }

  /** None: ProConnect checked the person, and Relais holds no password of theirs for this session. */
  @Override
  public Object getCredentials() {
    return null;
  }

  OidcIdToken idToken() {
    return idToken;
  }
}
