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

/**
 * Two chains over one user store: the JSON API is stateless HTTP Basic (partner systems and tests
 * call it without a browser session, so CSRF does not apply), the UI is form login with CSRF on.
 * Finer, per-case scope checks live in each feature's service, not here.
 */
@Configuration
class SecurityConfiguration {

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
    return http.securityMatcher("/api/**")
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
  SecurityFilterChain uiChain(HttpSecurity http, ProConnectSignIn proConnectSignIn) throws Exception {
    return http
        .authorizeHttpRequests(auth -> auth
            // A platform invitation link creates the structure's first account: its token is the credential.
            .requestMatchers("/invitations/**").permitAll()
            // The public satisfaction survey: anyone at the counter answers, without an account.
            .requestMatchers("/surveys/**").permitAll()
            .requestMatchers("/login", "/error", "/dsfr/**", "/bpmn-js/**", "/css/**", "/js/**", "/webjars/**",
                "/favicon.ico", "/actuator/health")
            .permitAll()
            .requestMatchers("/dev/**").hasRole(Role.ADMIN.name())
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/tasks", false).permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
        .with(proConnectSignIn, Customizer.withDefaults())
        .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
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
