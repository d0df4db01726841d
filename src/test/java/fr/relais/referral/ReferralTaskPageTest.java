package fr.relais.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.security.UserAccounts;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A referral step's page shows the case to its candidates only, and a withdrawn step opens read-only. */
@RelaisSpringBootTest
class ReferralTaskPageTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired UserAccounts users;

  RelaisApi api;

  @BeforeEach
  void setUp() {
    api = new RelaisApi(mvc, json);
  }

  @Test
  void theReferentsTaskPageShowsTheCaseItsDocumentsAndItsHistory() throws Exception {
    String id = api.submitReferral("agent-35", "CAF");
    MockHttpServletResponse attached = as("agent-35", multipart("/referrals/" + id + "/attachments")
        .file(new MockMultipartFile("attachments", "avis-imposition.pdf", "application/pdf", "%PDF-1.7 avis".getBytes()))
        .with(csrf()));
    assertThat(attached.getStatus()).isEqualTo(302);
    String taskId = api.awaitTask("referent-caf-35", id, ReferralProcess.ANSWER_TASK).get("id").asText();

    String page = as("referent-caf-35", get("/tasks/" + taskId)).getContentAsString();

    assertThat(page).contains("id=\"task-context\"", "Prime d&#39;activité suspendue",
        "La prime d&#39;activité est suspendue depuis trois mois", "Camille Martin",
        "Caf (Caisses d&#39;allocations familiales)", "Social/Famille", "Réponse attendue avant le", "avis-imposition.pdf",
        "Qui, quand, pourquoi", "Pièce jointe ajoutée (PDF");
    String reference = api.read(api.getJson("agent-35", "/api/referrals/" + id)).get("reference").asText();
    assertThat(page).as("the case's human reference heads it").contains("Saisine " + reference);
    String link = page.replaceAll("(?s).*href=\"(/referrals/" + id + "/attachments/[^\"]+)\".*", "$1");
    assertThat(as("referent-caf-35", get(link)).getContentAsString()).isEqualTo("%PDF-1.7 avis");
    assertThat(page).contains("id=\"task-form\"", "id=\"task-submit\"");
  }

  @Test
  void theAgentsStepsShowTheQuestionToAnswerThenTheAnswerToReadWithoutACountdown() throws Exception {
    String id = api.submitReferral("agent-35", "CAF");
    String answerTask = api.awaitTask("referent-caf-35", id, ReferralProcess.ANSWER_TASK).get("id").asText();
    api.complete("referent-caf-35", answerTask, Map.of("outcome", "NEEDS_INFORMATION",
        "question", "Merci de joindre le dernier avis d'imposition."));

    String informationTask = api.awaitTask("agent-35", id, ReferralProcess.PROVIDE_INFORMATION_TASK).get("id").asText();
    assertThat(as("agent-35", get("/tasks/" + informationTask)).getContentAsString())
        .contains("Complément demandé", "Merci de joindre le dernier avis d&#39;imposition.", "Camille Martin");
    api.complete("agent-35", informationTask, Map.of("information", "Avis d'imposition 2026 envoyé par courrier."));
    String again = api.awaitTask("referent-caf-35", id, ReferralProcess.ANSWER_TASK).get("id").asText();
    api.complete("referent-caf-35", again, Map.of("outcome", "ANSWERED", "answer", "Le versement reprend en mai."));

    String reviewTask = api.awaitTask("agent-35", id, ReferralProcess.REVIEW_ANSWER_TASK).get("id").asText();
    String page = as("agent-35", get("/tasks/" + reviewTask)).getContentAsString();
    assertThat(page).contains("id=\"context-answer\"", "Le versement reprend en mai.",
        "Avis d&#39;imposition 2026 envoyé par courrier.");
    assertThat(page).as("an answered case counts down nothing").doesNotContain("Réponse attendue avant le");
  }

  @Test
  void someoneOutsideTheStepSeesNeitherTheTaskNorItsCase() throws Exception {
    String id = api.submitReferral("agent-35", "CAF");
    String taskId = api.awaitTask("referent-caf-35", id, ReferralProcess.ANSWER_TASK).get("id").asText();

    for (String outsider : new String[] {"referent-caf-14", "referent-msa-35", "escalation-caf", "agent-35",
        "prefect-35", "visitor"}) {
      MockHttpServletResponse refused = as(outsider, get("/tasks/" + taskId));
      assertThat(refused.getStatus()).as(outsider).isEqualTo(403);
      assertThat(refused.getContentAsString()).as(outsider).doesNotContain("Camille Martin", "Prime d&#39;activité");
    }
  }

  @Test
  void aTaskWithdrawnByTheDeadlineOpensReadOnlyWithWhyAndTheDraftAndRefusesSubmission() throws Exception {
    String id = api.submitReferral("agent-35", "CAF");
    String taskId = api.awaitTask("referent-caf-35", id, ReferralProcess.ANSWER_TASK).get("id").asText();
    assertThat(as("referent-caf-35", put("/api/tasks/" + taskId + "/draft").contentType(MediaType.APPLICATION_JSON)
        .content(api.write(Map.of("outcome", "ANSWERED", "answer", "Brouillon : le versement reprend en mai."))))
        .getStatus()).isEqualTo(200);
    Instant dueAt = Instant.parse(api.read(api.getJson("agent-35", "/api/referrals/" + id)).get("dueAt").asText());

    api.advanceClock(Duration.between(api.now(), dueAt).plusMinutes(5));
    await().atMost(Duration.ofSeconds(20)).until(() ->
        api.read(api.getJson("referent-caf-35", "/api/tasks/" + taskId)).get("state").asText().equals("WITHDRAWN"));
    await().atMost(Duration.ofSeconds(20)).until(() -> api.read(api.getJson("agent-35", "/api/referrals/" + id))
        .get("escalationLevel").asInt() == 1);

    String page = as("referent-caf-35", get("/tasks/" + taskId)).getContentAsString();
    assertThat(page).contains("Vous ne pouvez plus agir sur cette tâche",
        "Le délai de réponse est passé : la saisine a été transmise au pôle d&#39;escalade Caf",
        "Votre brouillon", "Réponse apportée", "Brouillon : le versement reprend en mai.", "Camille Martin");
    assertThat(page).doesNotContain("id=\"task-form\"", "id=\"task-submit\"", "Prendre en charge");

    MockHttpServletResponse late = as("referent-caf-35", post("/tasks/" + taskId).with(csrf())
        .param("outcome", "ANSWERED").param("answer", "Trop tard."));
    assertThat(late.getStatus()).isEqualTo(302);
    assertThat(late.getRedirectedUrl()).isEqualTo("/tasks");
    assertThat(api.read(api.getJson("agent-35", "/api/referrals/" + id)).path("answer").textValue()).isNull();
  }

  private MockHttpServletResponse as(String username, MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
  }
}
