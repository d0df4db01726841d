package fr.relais.security.proconnect;

import static fr.relais.security.proconnect.ProConnectProvider.CLIENT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import fr.relais.security.RelaisUser;
import fr.relais.security.Role;
import fr.relais.security.UserAccounts;
import fr.relais.security.proconnect.ProConnectProvider.UserInfoAnswer;
import fr.relais.support.OwnEngine;
import fr.relais.support.RelaisApi;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * ProConnect sign-in end to end, over HTTP, against a real OpenID provider started in this JVM: the good sign-in
 * lands on the task list as the bound account, every forged or unusable answer is refused without a session, and
 * logout ends the provider's session too. Its own Spring context (ProConnect configured), hence {@link OwnEngine}.
 */
@OwnEngine
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "relais.database.data-directory=",
      "relais.tasks.retry-interval=PT1H",
      "relais.processes.start-retry-interval=PT1H"
    })
@ExtendWith(OutputCaptureExtension.class)
class ProConnectSignInTest {

  private static final ProConnectProvider provider = new ProConnectProvider();

  static {
    provider.start();
  }

  @DynamicPropertySource
  static void proConnect(DynamicPropertyRegistry properties) {
    properties.add("relais.proconnect.issuer-uri", provider::issuer);
    properties.add("relais.proconnect.client-id", () -> CLIENT_ID);
    properties.add("relais.proconnect.client-secret", () -> ProConnectProvider.CLIENT_SECRET);
  }

  @AfterAll
  static void stopProvider() {
    provider.shutdown();
  }

  @LocalServerPort int port;
  @Autowired UserAccounts users;

  CookieBrowser browser;

  @BeforeEach
  void newBrowser() {
    browser = new CookieBrowser();
    provider.answerUserInfo(UserInfoAnswer.SIGNED_BY_PROVIDER);
  }

  @Test
  void theLoginPageOffersProConnectAboveThePasswordForm() {
    HttpResponse<String> page = browser.get(app("/login"));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("class=\"fr-connect fr-connect--pro\"", "S’identifier avec",
        "href=\"/oauth2/authorization/proconnect\"", "Qu’est-ce que ProConnect ?");
    assertThat(page.body().indexOf("fr-connect--pro")).isLessThan(page.body().indexOf("id=\"login\""));
  }

  @Test
  void aKnownAddressSignsInToItsAccountWhateverItsCase(CapturedOutput output) {
    String username = newAccount("Camille.Martin-" + UUID.randomUUID() + "@Prefecture.Test");
    String email = users.find(username).orElseThrow().user().email().toLowerCase();
    provider.nextSignIn("sub-" + username, email);

    URI authorize = CookieBrowser.location(browser.get(app("/oauth2/authorization/proconnect")));
    HttpResponse<String> landing = browser.follow(browser.get(authorize));

    Map<String, String> asked = query(authorize);
    assertThat(asked).as("ProConnect refuses any other parameter").containsOnlyKeys("response_type", "client_id",
        "scope", "state", "redirect_uri", "nonce");
    assertThat(asked.get("scope")).isEqualTo("openid email given_name usual_name uid siret");
    assertThat(asked.get("redirect_uri")).isEqualTo(app("/login/oauth2/code/proconnect").toString());
    assertThat(asked.get("state")).hasSizeGreaterThanOrEqualTo(32);
    assertThat(asked.get("nonce")).hasSizeGreaterThanOrEqualTo(32);

    assertThat(landing.uri().getPath()).isEqualTo("/");
    assertThat(landing.statusCode()).isEqualTo(200);
    assertThat(landing.body()).contains("Camille Martin");
    assertThat(browser.get(app("/account")).body()).as("the session is the account's").contains(username);
    // Pages that read the principal as RelaisUserDetails and check the prefect's role and scope.
    assertThat(browser.get(app("/referents")).statusCode()).isEqualTo(200);
    assertThat(browser.get(app("/structures/new")).statusCode()).isEqualTo(200);
    assertThat(output.getOut().lines().filter(line -> line.contains("ProConnect sign-in of " + username)))
        .hasSize(1);
  }

  static Stream<Arguments> forgedOrUnusableAnswers() {
    Date now = new Date();
    return Stream.of(
        Arguments.of("a nonce that is not the one sent", Map.of("nonce", "forged-nonce-forged-nonce-forged-nonce"),
            UserInfoAnswer.SIGNED_BY_PROVIDER),
        Arguments.of("another issuer", Map.of("iss", "http://localhost:1/someone-else"),
            UserInfoAnswer.SIGNED_BY_PROVIDER),
        Arguments.of("an ID token for another client", Map.of("aud", List.of("another-client")),
            UserInfoAnswer.SIGNED_BY_PROVIDER),
        Arguments.of("an expired ID token", Map.of("iat", minutesFrom(now, -20), "exp", minutesFrom(now, -10)),
            UserInfoAnswer.SIGNED_BY_PROVIDER),
        Arguments.of("a userinfo JWT signed by another key", Map.of(), UserInfoAnswer.SIGNED_BY_STRANGER),
        Arguments.of("a userinfo JWT about someone else", Map.of(), UserInfoAnswer.ABOUT_SOMEONE_ELSE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forgedOrUnusableAnswers")
  void aForgedOrUnusableAnswerIsRefusedWithoutASession(String description, Map<String, Object> overrides,
      UserInfoAnswer userInfo, CapturedOutput output) {
    String username = newAccount("agent-" + UUID.randomUUID() + "@structure.test");
    provider.nextSignIn("sub-" + username, users.find(username).orElseThrow().user().email(), overrides);
    provider.answerUserInfo(userInfo);

    assertRefused(signIn(callback -> callback), "echec", "La connexion avec ProConnect a échoué");
    assertThat(output.getOut()).doesNotContain("ProConnect sign-in of " + username);
  }

  @Test
  void aStateThatIsNotTheOneSentIsRefused() {
    // No tokens are asked for: the callback is refused before the code is exchanged.
    HttpResponse<String> landing = signIn(callback -> UriComponentsBuilder.fromUri(callback)
        .replaceQueryParam("state", "forged-state-forged-state-forged-state").build(true).toUri());

    assertRefused(landing, "echec", "La connexion avec ProConnect a échoué");
  }

  @Test
  void anUnknownAddressIsToldToAskItsAdministrator() {
    provider.nextSignIn("sub-unknown", "nobody-" + UUID.randomUUID() + "@nowhere.test");

    assertRefused(signIn(callback -> callback), "compte-inconnu",
        "Aucun compte Relais n’a cette adresse électronique");
  }

  @Test
  void aDeactivatedAccountIsRefused() {
    String username = newAccount("gone-" + UUID.randomUUID() + "@structure.test");
    users.setActive(username, false);
    provider.nextSignIn("sub-" + username, users.find(username).orElseThrow().user().email());

    assertRefused(signIn(callback -> callback), "compte-desactive", "Votre compte Relais est désactivé");
  }

  @Test
  void anAddressTwoActiveAccountsShareIsRefusedAsAmbiguous() {
    String email = "shared-" + UUID.randomUUID() + "@structure.test";
    newAccount(email);
    newAccount(email.toUpperCase());
    provider.nextSignIn("sub-shared", email);

    assertRefused(signIn(callback -> callback), "compte-ambigu",
        "Plusieurs comptes Relais ont cette adresse électronique");
  }

  @Test
  void logoutEndsTheProviderSessionWithTheIdTokenAndComesBackToTheLoginPage() throws Exception {
    String username = newAccount("leaving-" + UUID.randomUUID() + "@structure.test");
    provider.nextSignIn("sub-" + username, users.find(username).orElseThrow().user().email());
    HttpResponse<String> home = signIn(callback -> callback);
    assertThat(home.uri().getPath()).isEqualTo("/");

    HttpResponse<String> logout = browser.post(app("/logout"), Map.of("_csrf", CookieBrowser.csrfToken(home)));

    URI endSession = CookieBrowser.location(logout);
    Map<String, String> sent = query(endSession);
    assertThat(endSession.toString()).startsWith(provider.endSessionEndpoint() + "?");
    assertThat(SignedJWT.parse(sent.get("id_token_hint")).getJWTClaimsSet().getSubject())
        .isEqualTo("sub-" + username);
    assertThat(sent.get("state")).hasSizeGreaterThanOrEqualTo(32);
    assertThat(sent.get("post_logout_redirect_uri")).isEqualTo(app("/login?logout").toString());
    // The mock provider appends "?state=" to the address as is, so its way back is checked, not followed.
    assertThat(CookieBrowser.location(browser.get(endSession)).toString()).startsWith(app("/login?logout").toString());
    assertSignedOut();
  }

  @Test
  void aPasswordSessionStillLogsOutAsBefore() {
    HttpResponse<String> login = browser.get(app("/login"));
    HttpResponse<String> home = browser.follow(browser.post(app("/login"), Map.of("username", "agent-35",
        "password", RelaisApi.PASSWORD, "_csrf", CookieBrowser.csrfToken(login))));
    assertThat(home.uri().getPath()).isEqualTo("/");

    HttpResponse<String> logout = browser.post(app("/logout"), Map.of("_csrf", CookieBrowser.csrfToken(home)));

    assertThat(CookieBrowser.location(logout)).isEqualTo(app("/login?logout"));
    assertSignedOut();
  }

  /** Starts a sign-in, lets the test change the provider's callback to Relais, and follows to the landing page. */
  private HttpResponse<String> signIn(UnaryOperator<URI> callbackAsSent) {
    URI authorize = CookieBrowser.location(browser.get(app("/oauth2/authorization/proconnect")));
    URI callback = CookieBrowser.location(browser.get(authorize));
    assertThat(callback.getPath()).isEqualTo("/login/oauth2/code/proconnect");
    return browser.follow(browser.get(callbackAsSent.apply(callback)));
  }

  private void assertRefused(HttpResponse<String> landing, String code, String message) {
    assertThat(landing.uri().getPath()).isEqualTo("/login");
    assertThat(landing.uri().getQuery()).isEqualTo("proconnect=" + code);
    assertThat(landing.statusCode()).isEqualTo(200);
    assertThat(landing.body()).contains(message).doesNotContain("Exception");
    assertSignedOut();
  }

  private void assertSignedOut() {
    HttpResponse<String> tasks = browser.get(app("/tasks"));
    assertThat(tasks.statusCode()).isEqualTo(302);
    assertThat(CookieBrowser.location(tasks).getPath()).isEqualTo("/login");
  }

  private static Date minutesFrom(Date date, int minutes) {
    return new Date(date.getTime() + Duration.ofMinutes(minutes).toMillis());
  }

  /** A prefect of Ille-et-Vilaine: a role whose pages read the principal's role and scope. */
  private String newAccount(String email) {
    String username = "pc-" + UUID.randomUUID();
    users.createIfAbsent(new RelaisUser(username, "Camille Martin", email, Role.PREFECT, "35", null, null, null),
        users.hash(RelaisApi.PASSWORD));
    return username;
  }

  /** A URI's query parameters, decoded. */
  private static Map<String, String> query(URI uri) {
    Map<String, String> parameters = new java.util.LinkedHashMap<>();
    UriComponentsBuilder.fromUri(uri).build().getQueryParams().toSingleValueMap()
        .forEach((name, value) -> parameters.put(name, URLDecoder.decode(value, StandardCharsets.UTF_8)));
    return parameters;
  }

  private URI app(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
