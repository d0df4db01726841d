package fr.relais.security;

import fr.relais.security.proconnect.ProConnectSignIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two chains over one user store: the JSON API is stateless HTTP Basic (partner systems and tests
 * call it without a browser session, so CSRF does not apply), the UI is form login with CSRF on.
 * Finer, per-case scope checks live in each feature's service, not here.
 */
@Configuration
class SecurityConfiguration {

  /** One-time links carry their secret in the path: no other site may read it from a Referer header. */
  private static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.SAME_ORIGIN;
  /** Styles, scripts, fonts and icons: anyone may fetch them, and they need no check of the account. */
  private static final String[] STATIC_ASSETS =
      {"/dsfr/**", "/bpmn-js/**", "/css/**", "/js/**", "/webjars/**", "/favicon.ico"};

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, SignInThrottle throttle) throws Exception {
    return http.securityMatcher("/api/**")
        .addFilterBefore(new SignInThrottleFilter(throttle), BasicAuthenticationFilter.class)
        .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY)))
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/api/dev/**").hasRole(Role.ADMIN.name())
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(jsonStatus(HttpStatus.UNAUTHORIZED)))
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint(jsonStatus(HttpStatus.UNAUTHORIZED))
            .accessDeniedHandler(jsonDenied()))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain uiChain(HttpSecurity http, SignInThrottle throttle, UserAccounts users,
      ProConnectSignIn proConnectSignIn) throws Exception {
    return http
        .addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
        .addFilterBefore(new DeactivatedAccountFilter(users, STATIC_ASSETS), AuthorizationFilter.class)
        .authorizeHttpRequests(auth -> auth
            // A platform invitation link creates the structure's first account: its token is the credential.
            .requestMatchers("/invitations/**").permitAll()
            // The public satisfaction survey: anyone at the counter answers, without an account.
            .requestMatchers("/surveys/**").permitAll()
            // Choosing a password (invitation, forgotten password): the one-time link is the credential.
            .requestMatchers("/password/**").permitAll()
            .requestMatchers(STATIC_ASSETS).permitAll()
            .requestMatchers("/login", "/error", "/actuator/health").permitAll()
            .requestMatchers("/dev/**").hasRole(Role.ADMIN.name())
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
        .with(proConnectSignIn, Customizer.withDefaults())
        .headers(headers -> headers
            .referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY))
            .contentSecurityPolicy(csp -> csp.policyDirectives(
                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'")))
        .csrf(Customizer.withDefaults())
        .build();
  }

  private static AuthenticationEntryPoint jsonStatus(HttpStatus status) {
    return (request, response, exception) -> writeJson(response, status, "Authentification requise.");
  }

  private static AccessDeniedHandler jsonDenied() {
    return (request, response, exception) -> writeJson(response, HttpStatus.FORBIDDEN, "Accès refusé.");
  }

  private static void writeJson(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String message)
      throws java.io.IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    if (status == HttpStatus.UNAUTHORIZED) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Relais\"");
    }
    response.getWriter().write("{\"error\":\"" + message + "\"}");
  }
}
