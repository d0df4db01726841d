package fr.relais.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.relais.support.RelaisSpringBootTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Password guessing is slowed on both sign-in paths; the session cookie and headers are what a browser should get. */
@RelaisSpringBootTest
class SignInThrottleTest {

  private static final String PASSWORD = "le bon mot de passe";
  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired UserAccounts users;
  @LocalServerPort int port;

  String username;
  String address;

  @BeforeEach
  void setUp() {
    username = "guess-" + UUID.randomUUID().toString().substring(0, 8);
    users.createIfAbsent(new RelaisUser(username, "Paul Garnier", username + "@relais.test", Role.ANCT, null, null,
        null, null), users.hash(PASSWORD));
    address = "10.88." + ADDRESSES.incrementAndGet() + ".1";
  }

  @Test
  void afterFiveFailuresTheApiAnswers429WithRetryAfterEvenForTheRightPassword() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertThat(basic("faux").getStatus()).isEqualTo(401);
    }
    MockHttpServletResponse refused = basic(PASSWORD);

    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 31L);
    assertThat(refused.getContentAsString()).contains("Trop de tentatives");
  }

  @Test
  void afterFiveFailuresTheSignInPageSaysToWaitAndASuccessBeforeResetsTheCount() throws Exception {
    for (int i = 0; i < 4; i++) {
      assertThat(form("faux").getRedirectedUrl()).endsWith("/login?error");
    }
    assertThat(form(PASSWORD).getRedirectedUrl()).as("a success resets the count").isEqualTo("/");
    for (int i = 0; i < 5; i++) {
      assertThat(form("faux").getRedirectedUrl()).endsWith("/login?error");
    }
    MockHttpServletResponse refused = form(PASSWORD);

    assertThat(refused.getRedirectedUrl()).contains("/login?throttled=");
    String page = mvc.perform(get(refused.getRedirectedUrl())).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Trop de tentatives de connexion");
  }

  @Test
  void thirtyFailuresFromOneAddressRefuseEveryAccountFromItButNotFromElsewhere() throws Exception {
    for (int i = 0; i < 30; i++) {
      mvc.perform(get("/api/me").with(httpBasic("nobody-" + i + "-" + username, "faux")).with(from(address)));
    }

    assertThat(basic(PASSWORD).getStatus()).isEqualTo(429);
    assertThat(mvc.perform(get("/api/me").with(httpBasic(username, PASSWORD)).with(from("10.99.0.1"))).andReturn()
        .getResponse().getStatus()).isEqualTo(200);
  }

  @Test
  void theSessionCookieIsHttpOnlyLaxAndSecureBehindHttpsAndPagesSendAReferrerPolicy() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> plain = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
        .build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> proxied = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
        .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());

    String cookie = plain.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    assertThat(proxied.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure", "SameSite=Lax");
    assertThat(plain.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
  }

  private MockHttpServletResponse basic(String password) throws Exception {
    return mvc.perform(get("/api/me").with(httpBasic(username, password)).with(from(address))).andReturn().getResponse();
  }

  private MockHttpServletResponse form(String password) throws Exception {
    return mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password)
        .with(from(address))).andReturn().getResponse();
  }

  private static RequestPostProcessor from(String remoteAddress) {
    return request -> {
      request.setRemoteAddr(remoteAddress);
      return request;
    };
  }
}
