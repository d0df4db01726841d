package fr.relais.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops a sign-in attempt the {@link SignInThrottle} refuses before its password is even checked: the form gets the
 * sign-in page with the delay, the API a 429 with {@code Retry-After}. Requests that carry no credentials pass.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

  static final String THROTTLED_PARAMETER = "throttled";
  private static final String BASIC = "Basic ";

  private final SignInThrottle throttle;

  SignInThrottleFilter(SignInThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> username = attemptedUsername(request);
    Optional<Duration> wait = username.flatMap(name -> throttle.refusal(name, request.getRemoteAddr()));
    if (wait.isEmpty()) {
      chain.doFilter(request, response);
    } else if (isFormLogin(request)) {
      response.sendRedirect(request.getContextPath() + "/login?" + THROTTLED_PARAMETER + "=" + minutes(wait.get()));
    } else {
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.get().toSeconds()));
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write("{\"error\":\"Trop de tentatives de connexion : réessayez dans "
          + minutes(wait.get()) + " minute(s).\"}");
    }
  }

  private static Optional<String> attemptedUsername(HttpServletRequest request) {
    if (isFormLogin(request)) {
      return Optional.ofNullable(request.getParameter("username"));
    }
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return Optional.empty();
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
          StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  private static boolean isFormLogin(HttpServletRequest request) {
    return "POST".equals(request.getMethod())
        && (request.getContextPath() + "/login").equals(request.getRequestURI());
  }

  /** Rounded up: "réessayez dans 1 minute" rather than "dans 0". */
  private static long minutes(Duration wait) {
    return Math.max(1, (wait.toSeconds() + 59) / 60);
  }
}
