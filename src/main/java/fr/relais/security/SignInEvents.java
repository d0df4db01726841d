package fr.relais.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Tells the throttle of every sign-in outcome, from the form and from HTTP Basic alike (both publish these events). */
@Component
class SignInEvents {

  private final SignInThrottle throttle;

  SignInEvents(SignInThrottle throttle) {
    this.throttle = throttle;
  }

  @EventListener
  void failed(AuthenticationFailureBadCredentialsEvent event) {
    throttle.failed(event.getAuthentication().getName(), address(event.getAuthentication()));
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    throttle.succeeded(event.getAuthentication().getName());
  }

  private static String address(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
        : "unknown";
  }
}
