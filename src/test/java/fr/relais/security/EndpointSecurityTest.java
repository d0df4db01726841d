package fr.relais.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every endpoint refuses the caller who is not signed in, and the caller outside the case's scope. */
@RelaisSpringBootTest
class EndpointSecurityTest {

  private static final String ANY_ID = "00000000-0000-0000-0000-000000000001";

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired UserAccounts users;
  @Autowired SignInThrottle throttle;

  RelaisApi api;
  String referralId;
  String taskId;

  @BeforeEach
  void setUp() {
    api = new RelaisApi(mvc, json);
    referralId = api.submitReferral("agent-35", "CAF");
    taskId = api.awaitTask("referent-caf-35", referralId, "Task_AnswerReferral").get("id").asText();
  }

  static Stream<String> apiCalls() {
    return Stream.of("GET /api/me", "GET /api/tasks", "GET /api/tasks/" + ANY_ID, "POST /api/tasks/" + ANY_ID + "/claim",
        "POST /api/tasks/" + ANY_ID + "/unclaim", "POST /api/tasks/" + ANY_ID + "/complete",
        "GET /api/forms/referral-answer", "POST /api/referrals", "GET /api/referrals", "GET /api/referrals/" + ANY_ID,
        "POST /api/referrals/" + ANY_ID + "/attachments", "GET /api/referrals/" + ANY_ID + "/attachments/" + ANY_ID,
        "POST /api/structures", "GET /api/structures", "GET /api/structures/" + ANY_ID,
        "GET /api/structures/" + ANY_ID + "/annex", "GET /api/tasks/" + ANY_ID + "/draft",
        "PUT /api/tasks/" + ANY_ID + "/draft", "GET /api/referentials", "GET /api/referentials/2019",
        "POST /api/referentials", "POST /api/training-sessions", "GET /api/training-sessions",
        "GET /api/training-sessions/" + ANY_ID, "PUT /api/training-sessions/" + ANY_ID,
        "GET /api/agents/" + ANY_ID + "/training", "GET /api/structures/" + ANY_ID + "/readiness",
        "GET /api/structures/" + ANY_ID + "/agents", "POST /api/structures/" + ANY_ID + "/agents",
        "GET /api/quality/campaigns", "GET /api/quality/campaigns/" + ANY_ID, "GET /api/structures/" + ANY_ID + "/quality",
        "GET /api/dev/clock", "POST /api/dev/clock/advance", "GET /api/users", "GET /api/users/admin",
        "POST /api/users", "PATCH /api/users/admin", "POST /api/users/import");
  }

  @ParameterizedTest
  @MethodSource("apiCalls")
  void apiRefusesAnUnauthenticatedCaller(String call) throws Exception {
    MockHttpServletResponse response = mvc.perform(request(call).contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getContentAsString()).contains("Authentification requise").doesNotContain("Exception");
  }

  @ParameterizedTest
  @MethodSource("apiCalls")
  void apiRefusesWrongPasswords(String call) throws Exception {
    // Each call from its own address, and the account's count reset after it: this test is about the refusal of a
    // wrong password, not about the sign-in throttle (SignInThrottleTest), which would otherwise answer 429.
    MockHttpServletResponse response = mvc.perform(request(call).with(
            org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .httpBasic("agent-35", "wrong"))
            .with(request -> {
              request.setRemoteAddr("10.77.0." + (Math.floorMod(call.hashCode(), 250) + 1));
              return request;
            }))
        .andReturn().getResponse();
    throttle.succeeded("agent-35");
    assertThat(response.getStatus()).isEqualTo(401);
  }

  static Stream<String> pages() {
    return Stream.of("/tasks", "/tasks/" + ANY_ID, "/referrals", "/referrals/new", "/referrals/" + ANY_ID,
        "/referrals/" + ANY_ID + "/attachments/" + ANY_ID, "/structures", "/structures/new", "/structures/" + ANY_ID,
        "/structures/" + ANY_ID + "/annex", "/referentials", "/training/sessions", "/training/sessions/new",
        "/training/sessions/" + ANY_ID, "/training/sessions/" + ANY_ID + "/edit", "/training/agents/" + ANY_ID,
        "/my-structure", "/quality/campaigns", "/quality/campaigns/" + ANY_ID, "/quality/reviews",
        "/referents", "/dev/clock", "/processes/referral/diagram", "/", "/users", "/users/new", "/users/import", "/users/admin",
        "/account/password");
  }

  @ParameterizedTest
  @MethodSource("pages")
  void pagesSendAnUnauthenticatedVisitorToTheLoginPage(String page) throws Exception {
    MockHttpServletResponse response = mvc.perform(get(page)).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(302);
    assertThat(response.getRedirectedUrl()).endsWith("/login");
  }

  @Test
  void theLoginPageRendersForAnonymousVisitorsAndSignsInWithTheDemoPassword() throws Exception {
    MockHttpServletResponse page = mvc.perform(get("/login")).andReturn().getResponse();
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString()).contains("Connexion", "name=\"_csrf\"");

    MockHttpServletResponse login = mvc.perform(post("/login").with(csrf())
        .param("username", "agent-35").param("password", RelaisApi.PASSWORD)).andReturn().getResponse();
    MockHttpServletResponse refused = mvc.perform(post("/login").with(csrf())
        .param("username", "agent-35").param("password", "wrong")).andReturn().getResponse();

    assertThat(login.getRedirectedUrl()).isEqualTo("/");
    assertThat(refused.getRedirectedUrl()).endsWith("/login?error");
  }

  @Test
  void anUnknownPageShowsOurErrorPageWithoutInternals() throws Exception {
    MockHttpServletResponse response = mvc.perform(get("/referrals/not-a-uuid")
        .with(user(users.loadUserByUsername("agent-35")))).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(response.getContentAsString()).contains("Page introuvable").doesNotContain("Exception", "Whitelabel");
  }

  @Test
  void formPostsWithoutCsrfTokenAreRefused() throws Exception {
    MockHttpServletResponse response = mvc.perform(post("/tasks/" + taskId)
        .with(user(users.loadUserByUsername("referent-caf-35"))).param("outcome", "ANSWERED").param("answer", "x"))
        .andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(403);
  }

  @Test
  void aReferralIsReadOnlyByItsStructureItsCandidatesItsPrefectAndAnct() {
    String path = "/api/referrals/" + referralId;
    for (String allowed : new String[] {"agent-35", "referent-caf-35", "referent2-caf-35", "prefect-35", "anct"}) {
      assertThat(api.getJson(allowed, path).getStatus()).as(allowed).isEqualTo(200);
    }
    for (String refused : new String[] {"agent-14", "referent-caf-14", "referent-msa-35", "prefect-14",
        "escalation-caf", "admin", "auditor", "visitor", "trainer"}) {
      assertThat(api.getJson(refused, path).getStatus()).as(refused).isEqualTo(403);
    }
  }

  @Test
  void aTaskIsReadClaimedAndSubmittedOnlyByItsCandidates() {
    String path = "/api/tasks/" + taskId;
    assertThat(api.getJson("referent-caf-14", path).getStatus()).isEqualTo(403);
    assertThat(api.call("referent-caf-14", post(path + "/claim")).getStatus()).isEqualTo(403);
    assertThat(api.complete("referent-caf-14", taskId, Map.of("outcome", "ANSWERED", "answer", "Intrus."))).isEqualTo(403);
    assertThat(api.complete("agent-35", taskId, Map.of("outcome", "ANSWERED", "answer", "Intrus."))).isEqualTo(403);
    assertThat(api.findTask("referent-caf-14", referralId, "Task_AnswerReferral")).isNull();
    assertThat(api.getJson("referent-caf-35", path).getStatus()).isEqualTo(200);
    assertThat(api.getJson("referent-caf-35", "/api/tasks/" + ANY_ID).getStatus()).isEqualTo(404);
  }

  @Test
  void pagesRefuseTheWrongScope() throws Exception {
    assertThat(page("agent-14", "/referrals/" + referralId)).isEqualTo(403);
    assertThat(page("referent-caf-14", "/tasks/" + taskId)).isEqualTo(403);
    assertThat(page("referent-caf-35", "/referrals/new")).isEqualTo(403);
    assertThat(page("agent-35", "/referents")).isEqualTo(403);
    assertThat(page("agent-35", "/users")).isEqualTo(403);
    assertThat(page("agent-35", "/users/new")).isEqualTo(403);
    assertThat(page("anct", "/users/import")).isEqualTo(403);
    assertThat(page("prefect-35", "/users/referent-caf-14")).isEqualTo(403);
    assertThat(page("prefect-35", "/users/referent-caf-35")).isEqualTo(200);
    assertThat(page("agent-35", "/dev/clock")).isEqualTo(403);
    assertThat(page("agent-35", "/structures")).isEqualTo(403);
    assertThat(page("anct", "/structures/new")).isEqualTo(403);
    assertThat(page("prefect-35", "/structures/new")).isEqualTo(200);
    assertThat(page("agent-35", "/referrals/" + referralId)).isEqualTo(200);
    assertThat(page("prefect-35", "/referents")).isEqualTo(200);
    assertThat(page("visitor", "/quality/reviews")).as("a mystery visitor does not review labels").isEqualTo(403);
    assertThat(page("agent-35", "/quality/campaigns")).isEqualTo(403);
    assertThat(page("prefect-35", "/quality/reviews")).isEqualTo(200);
    assertThat(page("visitor", "/quality/campaigns")).isEqualTo(200);
    MockHttpServletResponse foreignUpload = mvc.perform(multipart("/referrals/" + referralId + "/attachments")
            .file(new MockMultipartFile("attachments", "notice.pdf", "application/pdf", "%PDF-1.7".getBytes()))
            .with(user(users.loadUserByUsername("agent-14"))).with(csrf()))
        .andReturn().getResponse();
    assertThat(foreignUpload.getStatus()).isEqualTo(403);
    assertThat(api.read(api.getJson("agent-35", "/api/referrals/" + referralId)).get("attachments")).isEmpty();
  }

  @Test
  void onlyAnAgentSubmitsAReferralAndOnlyTheAdminMovesTheClockOrManagesAccountsOutsideAPrefectsReferents()
      throws Exception {
    assertThat(api.postJson("referent-caf-35", "/api/referrals", RelaisApi.referralRequest("CAF")).getStatus())
        .isEqualTo(403);
    assertThat(api.postJson("agent-35", "/api/dev/clock/advance", Map.of("duration", "PT1H")).getStatus()).isEqualTo(403);
    assertThat(api.postJson("anct", "/api/dev/clock/advance", Map.of("duration", "PT1H")).getStatus()).isEqualTo(403);
    for (String outOfScope : new String[] {"referent-caf-14", "agent-35", "auditor"}) {
      MockHttpServletResponse response = mvc.perform(post("/users/" + outOfScope + "/active").param("active", "false")
          .with(user(users.loadUserByUsername("prefect-35"))).with(csrf())).andReturn().getResponse();
      assertThat(response.getStatus()).as(outOfScope).isEqualTo(403);
      assertThat(users.find(outOfScope).orElseThrow().active()).as(outOfScope).isTrue();
    }
  }

  private int page(String username, String path) throws Exception {
    return mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andReturn().getResponse().getStatus();
  }

  private static MockHttpServletRequestBuilder request(String call) {
    String[] parts = call.split(" ");
    return switch (parts[0]) {
      case "GET" -> get(parts[1]);
      case "PUT" -> put(parts[1]);
      case "PATCH" -> patch(parts[1]);
      default -> post(parts[1]);
    };
  }
}
