package fr.relais.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.security.UserAccounts;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Hostile and malformed input: a 400 with errors field by field, nothing stored, nothing executed. */
@RelaisSpringBootTest
class ReferralInputTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;

  RelaisApi api;

  @BeforeEach
  void setUp() {
    api = new RelaisApi(mvc, json);
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        Arguments.of("description", "x".repeat(20_000)),
        Arguments.of("subject", Map.of("nested", "object")),
        Arguments.of("consent", "abc"),
        Arguments.of("consent", false),
        Arguments.of("operator", "NOT_AN_OPERATOR"),
        Arguments.of("lifeSituation", 42),
        Arguments.of("evil", "<script>alert(1)</script>"),
        Arguments.of("subject", ""));
  }

  @ParameterizedTest
  @MethodSource("badRequests")
  void badFieldsAreRefusedFieldByFieldAndNothingIsStored(String field, Object value) {
    int before = referralCount();
    Map<String, Object> request = new HashMap<>(RelaisApi.referralRequest("CAF"));
    request.put(field, value);

    MockHttpServletResponse response = api.postJson("agent-35", "/api/referrals", request);

    assertThat(response.getStatus()).isEqualTo(400);
    JsonNode errors = api.read(response).get("errors");
    assertThat(errors.has(field)).as(RelaisApi.body(response)).isTrue();
    assertThat(RelaisApi.body(response)).doesNotContain("Exception", "at fr.relais", "SQL");
    assertThat(referralCount()).isEqualTo(before);
  }

  @Test
  void malformedJsonIsA400NotA500() {
    MockHttpServletResponse response = api.postJson("agent-35", "/api/referrals", "{\"subject\": ");
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(api.read(response).get("errors").has("body")).isTrue();
    MockHttpServletResponse array = api.postJson("agent-35", "/api/referrals", "[1,2,3]");
    assertThat(array.getStatus()).isEqualTo(400);
  }

  @Test
  void aTaskAnswerWithAnUnknownOutcomeOrAMissingAnswerIsRefused() {
    String id = api.submitReferral("agent-35", "CAF");
    String taskId = api.awaitTask("referent-caf-35", id, "Task_AnswerReferral").get("id").asText();

    MockHttpServletResponse unknown = api.postJson("referent-caf-35", "/api/tasks/" + taskId + "/complete",
        Map.of("outcome", "HACK"));
    MockHttpServletResponse missing = api.postJson("referent-caf-35", "/api/tasks/" + taskId + "/complete",
        Map.of("outcome", "ANSWERED"));
    MockHttpServletResponse sameOperator = api.postJson("referent-caf-35", "/api/tasks/" + taskId + "/complete",
        Map.of("outcome", "WRONG_OPERATOR", "operator", "CAF"));

    assertThat(unknown.getStatus()).isEqualTo(400);
    assertThat(api.read(unknown).get("errors").has("outcome")).isTrue();
    assertThat(missing.getStatus()).isEqualTo(400);
    assertThat(api.read(missing).get("errors").has("answer")).isTrue();
    assertThat(sameOperator.getStatus()).as("rerouting to the same operator would loop").isEqualTo(400);
    assertThat(api.findTask("referent-caf-35", id, "Task_AnswerReferral")).as("still open").isNotNull();
  }

  @Test
  void scriptTagsAreKeptAsTextAndRenderedEscaped() throws Exception {
    Map<String, Object> request = new HashMap<>(RelaisApi.referralRequest("CAF"));
    request.put("subject", "<script>alert('x')</script> dossier");
    MockHttpServletResponse created = api.postJson("agent-35", "/api/referrals", request);
    assertThat(created.getStatus()).isEqualTo(201);
    String id = api.read(created).get("id").asText();

    String page = mvc.perform(get("/referrals/" + id).with(user(users.loadUserByUsername("agent-35"))))
        .andReturn().getResponse().getContentAsString();

    assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; dossier").doesNotContain("<script>alert");
  }

  @Test
  void theNewReferralPageKeepsWhatWasTypedAndShowsErrorsBesideTheFields() throws Exception {
    int before = referralCount();
    MockHttpServletResponse response = mvc.perform(post("/referrals").with(csrf())
            .with(user(users.loadUserByUsername("agent-35")))
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .param("operator", "CAF").param("lifeSituation", "LOGEMENT").param("subject", "Aide au logement <b>")
            .param("description", "trop court"))
        .andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(200);
    String page = response.getContentAsString();
    assertThat(page).contains("Aide au logement &lt;b&gt;").contains("fr-message--error");
    assertThat(referralCount()).isEqualTo(before);
  }

  @Test
  void theNewReferralPageSubmitsThroughTheFormAndRedirectsToTheCase() throws Exception {
    MockHttpServletResponse response = mvc.perform(post("/referrals").with(csrf())
            .with(user(users.loadUserByUsername("agent-35")))
            .param("operator", "CAF").param("lifeSituation", "LOGEMENT").param("subject", "Aide au logement")
            .param("description", "L'aide au logement n'est plus versée depuis le déménagement.")
            .param("citizenName", "Alex Durand").param("consent", "on"))
        .andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(302);
    assertThat(response.getRedirectedUrl()).startsWith("/referrals/");
  }

  private int referralCount() {
    return jdbc.sql("select count(*) from referral").query(Integer.class).single();
  }
}
