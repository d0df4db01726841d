package fr.relais.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.security.UserAccounts;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The referral end to end through the API: real PostgreSQL, the real engine, the real workers. */
@RelaisSpringBootTest
class ReferralJourneyTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired UserAccounts users;

  RelaisApi api;

  @BeforeEach
  void setUp() {
    api = new RelaisApi(mvc, json);
  }

  @Test
  void referentAnswersAndAgentClosesTheCase() {
    String id = api.submitReferral("agent-35", "CAF");

    JsonNode task = api.awaitTask("referent-caf-35", id, "Task_AnswerReferral");
    assertThat(task.get("candidateGroups").get(0).asText()).isEqualTo("referent:CAF:35");
    assertThat(api.findTask("referent2-caf-35", id, "Task_AnswerReferral")).as("both referents are candidates").isNotNull();
    assertThat(api.complete("referent-caf-35", task.get("id").asText(),
        Map.of("outcome", "ANSWERED", "answer", "Le dossier est débloqué, le versement repart ce mois-ci."))).isEqualTo(204);

    JsonNode answered = api.awaitReferral("agent-35", id, "ANSWERED");
    assertThat(answered.get("answer").asText()).contains("débloqué");
    JsonNode review = api.awaitTask("agent-35", id, "Task_ReviewAnswer");
    assertThat(api.complete("agent-35", review.get("id").asText(), Map.of("decision", "CLOSE"))).isEqualTo(204);

    JsonNode closed = api.awaitReferral("agent-35", id, "CLOSED");
    assertThat(events(closed)).contains("SUBMITTED", "ROUTED", "ANSWERED", "CLOSED");
    assertThat(closed.get("history").get(2).get("by").asText()).isEqualTo("referent-caf-35");
  }

  @Test
  void unansweredCaseEscalatesToThePoolAndTheLapsedTaskIsWithdrawn() {
    String id = api.submitReferral("agent-35", "CAF");
    JsonNode task = api.awaitTask("referent-caf-35", id, "Task_AnswerReferral");
    Instant dueAt = Instant.parse(api.read(api.getJson("agent-35", "/api/referrals/" + id)).get("dueAt").asText());

    api.advanceClock(Duration.between(api.now(), dueAt).plusMinutes(5));

    JsonNode escalated = api.awaitReferral("agent-35", id, "ESCALATED");
    assertThat(escalated.get("escalationLevel").asInt()).isEqualTo(1);
    assertThat(api.findTask("referent-caf-35", id, "Task_AnswerReferral")).as("withdrawn task leaves the list").isNull();
    assertThat(api.complete("referent-caf-35", task.get("id").asText(),
        Map.of("outcome", "ANSWERED", "answer", "Trop tard, mais voici la réponse."))).isEqualTo(409);

    JsonNode poolTask = api.awaitTask("escalation-caf", id, "Task_AnswerEscalated");
    assertThat(api.call("escalation-caf", post("/api/tasks/" + poolTask.get("id").asText() + "/claim")).getStatus())
        .isEqualTo(200);
    assertThat(api.complete("escalation-caf", poolTask.get("id").asText(),
        Map.of("outcome", "ANSWERED", "answer", "Le pôle national a traité le dossier."))).isEqualTo(204);
    assertThat(api.awaitReferral("referent-caf-35", id, "ANSWERED").get("answer").asText()).contains("pôle national");
  }

  @Test
  void referralWithoutReferentsGoesStraightToThePoolAndRecordsTheGap() {
    users.setActive("referent-urssaf-35", false);
    users.setActive("referent2-urssaf-35", false);
    try {
      String id = api.submitReferral("agent-35", "URSSAF");

      JsonNode referral = api.awaitReferral("anct", id, "ESCALATED");
      assertThat(referral.get("escalationLevel").asInt()).isEqualTo(1);
      assertThat(events(referral)).contains("ROUTING_GAP", "ESCALATED");
      assertThat(api.awaitTask("escalation-urssaf", id, "Task_AnswerEscalated")).isNotNull();
    } finally {
      users.setActive("referent-urssaf-35", true);
      users.setActive("referent2-urssaf-35", true);
    }
  }

  private static List<String> events(JsonNode referral) {
    return StreamSupport.stream(referral.get("history").spliterator(), false)
        .map(entry -> entry.get("event").asText())
        .toList();
  }
}
