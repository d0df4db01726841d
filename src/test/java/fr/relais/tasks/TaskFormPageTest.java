package fr.relais.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.security.UserAccounts;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import fr.relais.support.SignedIn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The task page's form as people fill it in: its conditions asked live, over-long and control characters reported
 * beside their field, drafts that drop what they cannot hold, and a hidden field that never spoils a valid answer.
 */
@RelaisSpringBootTest
class TaskFormPageTest {

  private static final String REFERENT = "referent-caf-35";

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;

  SignedIn pages;
  RelaisApi api;
  String referralId;
  String taskId;

  @BeforeEach
  void setUp() {
    api = new RelaisApi(mvc, json);
    pages = new SignedIn(mvc, users);
    referralId = api.submitReferral("agent-35", "CAF");
    taskId = api.awaitTask(REFERENT, referralId, "Task_AnswerReferral").get("id").asText();
  }

  @Test
  void theConditionsAnswerWhichFieldsTheValuesTypedSoFarHide() throws Exception {
    JsonNode answered = json.readTree(pages.perform(REFERENT, post("/tasks/" + taskId + "/hidden").param("outcome", "ANSWERED"))
        .getContentAsString());

    assertThat(answered.get("shown").toString()).contains("\"field-answer-group\"");
    assertThat(answered.get("hidden").toString()).contains("\"field-question-group\"", "\"field-operator-group\"")
        .doesNotContain("field-answer-group");
    JsonNode wrongOperator = json.readTree(pages.perform(REFERENT, post("/tasks/" + taskId + "/hidden")
        .param("outcome", "WRONG_OPERATOR")).getContentAsString());
    assertThat(wrongOperator.get("shown").toString()).contains("\"field-operator-group\"");
  }

  @Test
  void theConditionsOfATaskAreRefusedToWhoCannotSeeIt() {
    for (String refused : List.of("referent-caf-14", "agent-35", "prefect-35")) {
      assertThat(pages.perform(refused, post("/tasks/" + taskId + "/hidden").param("outcome", "ANSWERED")).getStatus())
          .as(refused).isEqualTo(403);
    }
  }

  @Test
  void anOverLongAnswerIsReportedBesideItsFieldNotCut() throws Exception {
    MockHttpServletResponse refused = pages.perform(REFERENT, post("/tasks/" + taskId)
        .param("outcome", "ANSWERED").param("answer", "x".repeat(10_000)));

    String html = refused.getContentAsString();
    assertThat(html).contains("id=\"error-summary\"", "<a href=\"#field-answer\">Réponse : 5000 caractères au maximum.</a>",
        "relais-counter fr-error-text\"", "10000 caractères sur 5000 : 5000 de trop").doesNotContain("maxlength");
    assertThat(api.findTask(REFERENT, referralId, "Task_AnswerReferral")).as("still open").isNotNull();
  }

  @Test
  void aControlCharacterInAVisibleFieldIsAFieldErrorAtSubmit() throws Exception {
    String html = pages.perform(REFERENT, post("/tasks/" + taskId).param("outcome", "ANSWERED").param("answer", "Réponse\u0000"))
        .getContentAsString();

    assertThat(html).contains("<a href=\"#field-answer\">Réponse : ");
    assertThat(api.findTask(REFERENT, referralId, "Task_AnswerReferral")).as("still open").isNotNull();
  }

  @Test
  void aDraftDropsControlCharactersAndHiddenFieldsInsteadOfFailing() throws Exception {
    MockHttpServletResponse saved = api.call(REFERENT, put("/api/tasks/" + taskId + "/draft")
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"outcome\":\"ANSWERED\",\"answer\":\"Prime\\u0000 rétablie\",\"question\":\"caché\",\"x\\u0001\":1}"));

    assertThat(saved.getStatus()).isEqualTo(200);
    JsonNode fields = api.read(saved).get("fields");
    assertThat(fields.get("answer").asText()).isEqualTo("Prime rétablie");
    assertThat(fields.has("question")).as("hidden by outcome = ANSWERED").isFalse();
    assertThat(fields.size()).as("the key holding a control character is gone").isEqualTo(2);

    MockHttpServletResponse htmx = pages.perform(REFERENT, post("/tasks/" + taskId + "/draft").header("HX-Request", "true")
        .param("outcome", "NEEDS_INFORMATION").param("question", "Quel\u0000 mois ?"));
    assertThat(htmx.getStatus()).isEqualTo(200);
    assertThat(jdbc.sql("select fields ->> 'question' from task_draft where business_key = ?").param(referralId)
        .query(String.class).single()).isEqualTo("Quel mois ?");
  }

  @Test
  void aControlCharacterInAHiddenFieldDoesNotRollBackAValidAnswer() {
    MockHttpServletResponse sent = pages.perform(REFERENT, post("/tasks/" + taskId).param("outcome", "ANSWERED")
        .param("answer", "Le versement reprend ce mois-ci.").param("question", "\u0000"));

    assertThat(sent.getStatus()).isEqualTo(302);
    assertThat(sent.getRedirectedUrl()).isEqualTo("/tasks");
    api.awaitReferral("agent-35", referralId, "ANSWERED");
  }
}
