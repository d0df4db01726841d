package fr.relais.security.proconnect;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The userinfo step of Spring's OIDC login, called once the ID token has passed Spring's checks (signature,
 * issuer, audience, expiry, nonce): reads the signed userinfo and binds the person to their account, refusing
 * the sign-in when either fails.
 */
class ProConnectUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private final SignedUserInfo userInfo;
  private final AccountBinding binding;

  ProConnectUserService(SignedUserInfo userInfo, AccountBinding binding) {
    this.userInfo = userInfo;
    this.binding = binding;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUserInfo info = userInfo.fetch(request);
    return new BoundOidcUser(binding.accountOf(info.getEmail()), request.getIdToken(), info);
  }
}
