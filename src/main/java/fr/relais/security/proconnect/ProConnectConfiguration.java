package fr.relais.security.proconnect;

import fr.relais.security.UserAccounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;

/** What exists only when ProConnect is configured: its client registration and the sign-in built on it. */
@Configuration(proxyBeanMethods = false)
@Conditional(ProConnectConfigured.class)
class ProConnectConfiguration {

  static final String REGISTRATION_ID = "proconnect";

  /** The scopes ProConnect documents for the identity it always provides (its "identité pivot"). */
  private static final String[] SCOPES = {"openid", "email", "given_name", "usual_name", "uid", "siret"};

  @Bean
  ClientRegistrationRepository proConnectRegistrations(ProConnectProperties properties) {
    Assert.hasText(properties.clientId(), "relais.proconnect.client-id is required when issuer-uri is set");
    Assert.hasText(properties.clientSecret(), "relais.proconnect.client-secret is required when issuer-uri is set");
    // The discovery document gives the endpoints and the issuer, checked against the one configured; the default
    // redirect URI, {baseUrl}/login/oauth2/code/proconnect, is the one registered with ProConnect.
    ClientRegistration registration = ClientRegistrations.fromIssuerLocation(properties.issuerUri().toString())
        .registrationId(REGISTRATION_ID)
        .clientName("ProConnect")
        .clientId(properties.clientId())
        .clientSecret(properties.clientSecret())
        .scope(SCOPES)
        .userNameAttributeName(IdTokenClaimNames.SUB)
        .build();
    return new InMemoryClientRegistrationRepository(registration);
  }

  /** Spring's OIDC login verifies the ID token with this; by default it would accept RS256 only. */
  @Bean
  JwtDecoderFactory<ClientRegistration> proConnectIdTokenDecoders(ProConnectProperties properties) {
    OidcIdTokenDecoderFactory decoders = new OidcIdTokenDecoderFactory();
    decoders.setJwsAlgorithmResolver(registration -> properties.signingAlgorithm());
    return decoders;
  }

  @Bean
  ProConnectLogin proConnectLogin(ClientRegistrationRepository registrations, ProConnectProperties properties,
      UserAccounts accounts, RestClient.Builder http) {
    ClientRegistration registration = registrations.findByRegistrationId(REGISTRATION_ID);
    SignedUserInfo userInfo = new SignedUserInfo(registration, properties.signingAlgorithm(), http.build());
    return new ProConnectLogin(registrations, registration,
        new ProConnectUserService(userInfo, new AccountBinding(accounts)));
  }
}
