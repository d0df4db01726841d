package fr.relais.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the browser session of an account deactivated since it signed in: sign-in refuses it, and so must every page
 * after, on whichever node it was deactivated (one lookup by primary key per page request). The API is stateless:
 * each of its calls signs in again.
 */
class DeactivatedAccountFilter extends OncePerRequestFilter {

  static final String DEACTIVATED_PARAMETER = "deactivated";

  private final UserAccounts users;

  DeactivatedAccountFilter(UserAccounts users) {
    this.users = users;
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
