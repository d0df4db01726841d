package fr.relais.security.proconnect;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a refused ProConnect sign-in back to the login page, which says why and what to do; the person stays
 * signed out. The log keeps the provider's or Spring's reason for the administrator, never a token.
 */
class SignInRefusal implements AuthenticationFailureHandler {

  private static final Logger log = LoggerFactory.getLogger(SignInRefusal.class);

  private final RedirectStrategy redirect = new DefaultRedirectStrategy();

  @Override
  public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException exception) throws IOException {
    Refusal refusal = Refusal.of(exception);
    if (exception instanceof OAuth2AuthenticationException oauth2) {
      log.warn("ProConnect sign-in refused ({}): {}", refusal, oauth2.getError());
    } else {
      log.warn("ProConnect sign-in refused ({}): {}", refusal, exception.getMessage());
    }
    redirect.sendRedirect(request, response, "/login?proconnect=" + refusal.code());
  }
}
