package fr.relais.security.proconnect;

import java.util.Collection;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * ProConnect's userinfo answer. ProConnect sends it as a signed JWT ({@code application/jwt}), which Spring's
 * OidcUserService cannot read (it expects JSON), so this asks for the JWT, checks its signature against the
 * provider's keys (the discovery document's {@code jwks_uri}), its issuer, its audience (this client) and that it
 * speaks of the person the ID token names, before any claim is read.
 */
class SignedUserInfo {

  private static final MediaType JWT = MediaType.parseMediaType("application/jwt");
  private static final String INVALID = "invalid_user_info_response";

  private final RestClient http;
  private final NimbusJwtDecoder decoder;

  SignedUserInfo(ClientRegistration registration, SignatureAlgorithm algorithm, RestClient http) {
    ClientRegistration.ProviderDetails provider = registration.getProviderDetails();
    this.http = http;
    // The timestamp checks in the defaults use the wall clock on purpose: the provider's clock is the real one,
    // not Relais' clock, which the dev clock moves in embedded mode.
    this.decoder = NimbusJwtDecoder.withJwkSetUri(provider.getJwkSetUri()).jwsAlgorithm(algorithm).build();
    this.decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
        JwtValidators.createDefaultWithIssuer(provider.getIssuerUri()),
        new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
            audience -> audience != null && audience.contains(registration.getClientId()))));
  }

  OidcUserInfo fetch(OidcUserRequest request) {
    Jwt userInfo = verify(download(request));
    if (!request.getIdToken().getSubject().equals(userInfo.getSubject())) {
      throw refused("the userinfo subject is not the ID token's");
    }
    return new OidcUserInfo(userInfo.getClaims());
  }

  private String download(OidcUserRequest request) {
    String endpoint = request.getClientRegistration().getProviderDetails().getUserInfoEndpoint().getUri();
    try {
      return http.get()
          .uri(endpoint)
          .headers(headers -> {
            headers.setBearerAuth(request.getAccessToken().getTokenValue());
            headers.setAccept(List.of(JWT));
          })
          .retrieve()
          .body(String.class);
    } catch (RestClientException e) {
      throw refused("the userinfo request failed: " + e.getMessage());
    }
  }

  private Jwt verify(String token) {
    if (token == null) {
      throw refused("the userinfo answer is empty");
    }
    try {
      return decoder.decode(token);
    } catch (JwtException e) {
      throw refused("the userinfo JWT is not valid: " + e.getMessage());
    }
  }

  private static OAuth2AuthenticationException refused(String description) {
    return new OAuth2AuthenticationException(new OAuth2Error(INVALID, description, null));
  }
}
