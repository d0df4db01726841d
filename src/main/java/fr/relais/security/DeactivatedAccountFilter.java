package fr.relais.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Ends the browser session of an account deactivated since it signed in: sign-in refuses it, and so must every page
 * after, on whichever node it was deactivated (one lookup by primary key per page request; styles, scripts and
 * fonts are not checked). The API is stateless: each of its calls signs in again.
 */
class DeactivatedAccountFilter extends OncePerRequestFilter {

  static final String DEACTIVATED_PARAMETER = "deactivated";

  private final UserAccounts users;
  private final List<PathPattern> staticAssets;

  DeactivatedAccountFilter(UserAccounts users, String... staticAssets) {
    this.users = users;
    this.staticAssets = Arrays.stream(staticAssets).map(PathPatternParser.defaultInstance::parse).toList();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
    return staticAssets.stream().anyMatch(pattern -> pattern.matches(path));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof RelaisUserDetails signedIn
        && !users.isActive(signedIn.getUsername())) {
      new SecurityContextLogoutHandler().logout(request, response, authentication);
      response.sendRedirect(request.getContextPath() + "/login?" + DEACTIVATED_PARAMETER);
      return;
    }
    chain.doFilter(request, response);
  }
}
