package fr.relais.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.security.UserAccounts;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import fr.relais.training.TrainingSteps;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Referral and training pages draw their process with the case's current step, as the structure page does. */
@RelaisSpringBootTest
class CaseDiagramTest {

  private static final Pattern CURRENT = Pattern.compile("data-current-elements=\"([^\"]*)\"");

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired UserAccounts users;
  @Autowired CaseSteps steps;

  RelaisApi api;

  @BeforeEach
  void setUp() {
    api = new RelaisApi(mvc, json);
  }

  @Test
  void aReferralPageShowsItsDiagramAtTheStepItWaitsForThenAtTheNext() throws Exception {
    String id = api.submitReferral("agent-35", "CAF");
    String taskId = api.awaitTask("referent-caf-35", id, "Task_AnswerReferral").get("id").asText();

    String page = page("agent-35", "/referrals/" + id);
    assertThat(page).contains("Où en est le dossier", "data-bpmn-url=\"/processes/referral/diagram\"",
        "<strong>Répondre à la saisine</strong>");
    assertThat(current(page)).contains("Task_AnswerReferral");

    api.complete("referent-caf-35", taskId, Map.of("outcome", "ANSWERED", "answer", "Réglé."));
    api.awaitTask("agent-35", id, "Task_ReviewAnswer");
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(current(page("agent-35", "/referrals/" + id)))
        .contains("Task_ReviewAnswer").doesNotContain("Task_AnswerReferral"));
  }

  @Test
  void aTrainingRecordShowsWhereTheAgentsTrainingWaits() throws Exception {
    TrainingSteps training = new TrainingSteps(api);
    training.schedule("prefect-84", training.session("SOCLE_COMMUN", "84", 3, "CNFPT"));
    String structure = users.loadUserByUsername("agent-84").user().structureId().toString();
    String agent = training.addAgent("agent-84", structure, "Camille Schéma");
    training.awaitModule("agent-84", agent, "SOCLE_COMMUN", "ENROLLED");

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      String page = page("agent-84", "/training/agents/" + agent);
      assertThat(page).contains("data-bpmn-url=\"/processes/training/diagram\"").doesNotContain("Aucune étape en cours");
      assertThat(current(page)).isNotBlank().isEqualTo(String.join(",", steps.current("training", agent)));
    });
  }

  @Test
  void stepsOfAnotherProcessWithTheSameBusinessKeyAreLeftOut() {
    String id = api.submitReferral("agent-35", "CAF");
    api.awaitTask("referent-caf-35", id, "Task_AnswerReferral");

    assertThat(steps.current("referral", id)).contains("Task_AnswerReferral");
    assertThat(steps.current("labellisation", id)).isEmpty();
  }

  private String page(String username, String path) throws Exception {
    var response = mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return response.getContentAsString();
  }

  private static String current(String page) {
    Matcher matcher = CURRENT.matcher(page);
    assertThat(matcher.find()).as("a diagram on the page").isTrue();
    return matcher.group(1);
  }
}
