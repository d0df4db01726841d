package fr.relais.security.proconnect;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Ends a ProConnect sign-in. Spring's OIDC login can only store an OAuth2 token whose principal is the OIDC user;
 * this puts the bound account in its place ({@link ProConnectAuthentication}), in the same context repository the
 * login filter saved to, then goes on like form login: to the page asked for, or the task list.
 */
class SignInSuccess implements AuthenticationSuccessHandler {

  private static final Logger log = LoggerFactory.getLogger(SignInSuccess.class);

  private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
  private final SecurityContextRepository contexts;
  private final SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

  SignInSuccess(SecurityContextRepository contexts) {
    this.contexts = contexts;
    // Where form login lands too (SecurityConfiguration's defaultSuccessUrl).
    next.setDefaultTargetUrl("/");
  }

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) throws IOException, ServletException {
    BoundOidcUser user = (BoundOidcUser) authentication.getPrincipal();
    ProConnectAuthentication signedIn = new ProConnectAuthentication(user.account(), user.getIdToken());
    SecurityContext context = holder.createEmptyContext();
    context.setAuthentication(signedIn);
    holder.setContext(context);
    contexts.saveContext(context, request, response);
    log.info("ProConnect sign-in of {}", signedIn.getName());
    next.onAuthenticationSuccess(request, response, signedIn);
  }
}
