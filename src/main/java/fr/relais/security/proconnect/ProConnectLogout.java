package fr.relais.security.proconnect;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Base64;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.keygen.Base64StringKeyGenerator;
import org.springframework.security.crypto.keygen.StringKeyGenerator;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * After Relais' own logout, ends a ProConnect session at the provider too (RP-initiated logout: its
 * {@code end_session_endpoint} with {@code id_token_hint}, {@code state} and {@code post_logout_redirect_uri},
 * all three required by ProConnect), which then sends the browser back to {@code /login?logout}. A password
 * session logs out as it always did.
 */
class ProConnectLogout implements LogoutSuccessHandler {

  /** The UI chain's logout landing page; registered with ProConnect as {@code {public-url}/login?logout}. */
  private static final String AFTER_LOGOUT = "/login?logout";

  private final String endSession;
  private final LogoutSuccessHandler passwordLogout;
  // ProConnect wants a state of at least 32 characters; it only echoes it back to a page that acts on nothing,
  // so there is nothing to check on return.
  private final StringKeyGenerator states = new Base64StringKeyGenerator(Base64.getUrlEncoder().withoutPadding(), 32);
  private final RedirectStrategy redirect = new DefaultRedirectStrategy();

  ProConnectLogout(String endSession, LogoutSuccessHandler passwordLogout) {
    this.endSession = endSession;
    this.passwordLogout = passwordLogout;
  }

  @Override
  public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, ServletException {
    if (!(authentication instanceof ProConnectAuthentication proConnect)) {
      passwordLogout.onLogoutSuccess(request, response, authentication);
      return;
    }
    String afterLogout = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() + AFTER_LOGOUT;
    String target = UriComponentsBuilder.fromUriString(endSession)
        .queryParam("id_token_hint", "{idToken}")
        .queryParam("state", "{state}")
        .queryParam("post_logout_redirect_uri", "{afterLogout}")
        .encode()
        .buildAndExpand(proConnect.idToken().getTokenValue(), states.generateKey(), afterLogout)
        .toUriString();
    redirect.sendRedirect(request, response, target);
  }
}
