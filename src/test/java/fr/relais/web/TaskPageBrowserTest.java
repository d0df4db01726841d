package fr.relais.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.support.Browser;
import fr.relais.support.BrowserExtension;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A referent's task page in headless Chromium: the case above the form, then, once the deadline passed, the same
 * task read-only with why and the draft. Both pages checked with axe-core; screenshots in target/screenshots.
 */
@RelaisSpringBootTest
@ExtendWith(BrowserExtension.class)
class TaskPageBrowserTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;

  @Test
  void aReferentSeesTheCaseOnTheTaskPageAndTheWithdrawnTaskReadOnly(Browser browser) throws IOException {
    RelaisApi api = new RelaisApi(mvc, json);
    String id = api.submitReferral("agent-35", "CAF");
    String taskId = api.awaitTask("referent-caf-35", id, "Task_AnswerReferral").get("id").asText();
    assertThat(api.call("referent-caf-35", put("/api/tasks/" + taskId + "/draft").contentType("application/json")
        .content(api.write(Map.of("outcome", "ANSWERED", "answer", "Réponse commencée, à reprendre.")))).getStatus())
        .isEqualTo(200);

    browser.logIn("referent-caf-35", RelaisApi.PASSWORD);
    browser.go("/tasks/" + taskId);
    assertThat(browser.driver().findElement(By.id("task-context")).getText())
        .contains("Prime d'activité suspendue", "Camille Martin", "Réponse attendue avant le");
    browser.checkAccessibility("tache-avec-son-dossier");

    Instant dueAt = Instant.parse(api.read(api.getJson("agent-35", "/api/referrals/" + id)).get("dueAt").asText());
    api.advanceClock(Duration.between(api.now(), dueAt).plusMinutes(5));
    await().atMost(Duration.ofSeconds(20)).until(() ->
        api.read(api.getJson("referent-caf-35", "/api/tasks/" + taskId)).get("state").asText().equals("WITHDRAWN"));

    browser.go("/tasks/" + taskId);
    assertThat(browser.driver().findElement(By.id("task-closed")).getText()).contains("Le délai de réponse est passé");
    assertThat(browser.driver().findElement(By.id("task-draft")).getText())
        .contains("Réponse apportée", "Réponse commencée, à reprendre.");
    assertThat(browser.driver().findElements(By.id("task-submit"))).isEmpty();
    browser.checkAccessibility("tache-retiree");
  }
}
