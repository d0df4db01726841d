package fr.relais.security.proconnect;

import fr.relais.security.RelaisUserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A ProConnect identity with the Relais account it was bound to, carried from the userinfo step to
 * {@link SignInSuccess}, which makes the account the session's principal.
 */
class BoundOidcUser extends DefaultOidcUser {

  private final RelaisUserDetails account;

  BoundOidcUser(RelaisUserDetails account, OidcIdToken idToken, OidcUserInfo userInfo) {
    super(account.getAuthorities(), idToken, userInfo);
    this.account = account;
  }

  RelaisUserDetails account() {
    return account;
  }
}
