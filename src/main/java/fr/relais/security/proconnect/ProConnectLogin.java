package fr.relais.security.proconnect;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.LogoutConfigurer;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.util.Assert;

/**
 * ProConnect's part of the UI chain: Spring's OIDC login (which checks state, nonce, the ID token's signature,
 * issuer, audience and expiry) with the signed-userinfo step and account binding, and the provider's logout.
 */
class ProConnectLogin {

  private final ClientRegistrationRepository registrations;
  private final String endSession;
  private final ProConnectUserService users;

  ProConnectLogin(ClientRegistrationRepository registrations, ClientRegistration registration,
      ProConnectUserService users) {
    Object endSession = registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
    Assert.notNull(endSession, "ProConnect's discovery document has no end_session_endpoint");
    this.registrations = registrations;
    this.endSession = endSession.toString();
    this.users = users;
  }

  @SuppressWarnings("unchecked")
  void applyTo(HttpSecurity http) throws Exception {
    // The chain's own logout landing stays the one for password sessions.
    LogoutSuccessHandler passwordLogout = http.getConfigurer(LogoutConfigurer.class).getLogoutSuccessHandler();
    // The same repository the chain uses by default, shared by the login filter and SignInSuccess.
    SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
        new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    http.oauth2Login(login -> login
            // Unauthenticated visitors still go to Relais' login page, not straight to ProConnect.
            .loginPage("/login")
            .clientRegistrationRepository(registrations)
            // The access token is only used once, for userinfo: keep it no longer than the session.
            .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
            .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
            .securityContextRepository(contexts)
            .successHandler(new SignInSuccess(contexts))
            .failureHandler(new SignInRefusal()))
        .logout(logout -> logout.logoutSuccessHandler(new ProConnectLogout(endSession, passwordLogout)));
  }
}
