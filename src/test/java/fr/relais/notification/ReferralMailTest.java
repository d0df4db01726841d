package fr.relais.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.security.UserAccounts;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A referral's e-mails, end to end through the real engine, PostgreSQL and SMTP server: each reaches exactly the
 * people concerned (never the referents of another department or operator), with the case's reference and a link,
 * and never the citizen's name nor what the agent or the operator wrote.
 */
@RelaisSpringBootTest
class ReferralMailTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired UserAccounts users;
  @Autowired ApplicationContext context;

  RelaisApi api;
  SentMails mails;

  @BeforeEach
  void setUp() {
    api = new RelaisApi(mvc, json);
    mails = new SentMails(context);
  }

  @Test
  void newTaskReminderAndEscalationsReachTheRightPeopleOnly() {
    String id = api.submitReferral("agent-35", "CAF");
    String reference = referenceOf("agent-35", id);
    api.awaitTask("referent-caf-35", id, "Task_AnswerReferral");

    List<ReceivedMail> newTask = awaitMails("Nouvelle tâche : Répondre à la saisine (dossier " + reference);
    assertThat(mails.recipientsOf(newTask)).containsExactlyElementsOf(members("referent:CAF:35"));
    assertThat(newTask.getFirst().text()).contains(reference, "Échéance : ", "http://localhost:8080/tasks/",
        "http://localhost:8080/referrals/" + id);
    newTask.forEach(this::assertNoCitizenData);

    Instant dueAt = Instant.parse(api.read(api.getJson("agent-35", "/api/referrals/" + id)).get("dueAt").asText());
    api.advanceClock(Duration.between(api.now(), dueAt).minusMinutes(10));
    List<ReceivedMail> reminder = awaitMails("Rappel : saisine " + reference);
    assertThat(mails.recipientsOf(reminder)).containsExactlyElementsOf(members("referent:CAF:35"));
    assertThat(reminder.getFirst().text()).contains("http://localhost:8080/referrals/" + id, "Échéance : ");

    api.advanceClock(Duration.ofMinutes(15));
    List<ReceivedMail> toPool = awaitMails("Saisine " + reference + " escaladée à votre pôle");
    assertThat(mails.recipientsOf(toPool)).containsExactlyElementsOf(members("escalation:CAF:national"));

    JsonNode escalated = api.awaitReferral("agent-35", id, "ESCALATED");
    Instant escalationDueAt = Instant.parse(escalated.get("escalationDueAt").asText());
    api.advanceClock(Duration.between(api.now(), escalationDueAt).plusMinutes(5));
    List<ReceivedMail> toAnct = awaitMails("Saisine " + reference + " sans réponse");
    assertThat(mails.recipientsOf(toAnct)).containsExactlyElementsOf(members("anct"));

    List<ReceivedMail> all = mails.withSubjectContaining(reference);
    all.forEach(this::assertNoCitizenData);
    assertThat(mails.recipientsOf(all)).noneMatch(address -> address.contains("-08@") || address.contains("-msa-"));
  }

  @Test
  void theAgentsStructureIsToldOfARequestForInformationAndOfTheAnswer() {
    String id = api.submitReferral("agent-08", "MSA");
    String reference = referenceOf("agent-08", id);
    String structureGroup = api.read(api.getJson("agent-08", "/api/me")).get("groups").get(0).asText();
    JsonNode task = api.awaitTask("referent-msa-08", id, "Task_AnswerReferral");
    assertThat(api.complete("referent-msa-08", task.get("id").asText(), Map.of("outcome", "NEEDS_INFORMATION",
        "question", "Merci de joindre le dernier avis d'imposition de Mme Martin."))).isEqualTo(204);

    List<ReceivedMail> question = awaitMails("Complément demandé pour votre saisine " + reference);
    assertThat(mails.recipientsOf(question)).containsExactlyElementsOf(members(structureGroup));
    assertThat(question.getFirst().text()).doesNotContain("avis d'imposition");

    JsonNode provide = api.awaitTask("agent-08", id, "Task_ProvideInformation");
    assertThat(api.complete("agent-08", provide.get("id").asText(),
        Map.of("information", "Avis d'imposition 2025 transmis en pièce jointe."))).isEqualTo(204);
    JsonNode answer = api.awaitTask("referent-msa-08", id, "Task_AnswerReferral");
    assertThat(api.complete("referent-msa-08", answer.get("id").asText(), Map.of("outcome", "ANSWERED",
        "answer", "Le droit de Mme Martin est rétabli à compter du mois prochain."))).isEqualTo(204);

    List<ReceivedMail> answered = awaitMails("Réponse à votre saisine " + reference);
    assertThat(mails.recipientsOf(answered)).containsExactlyElementsOf(members(structureGroup));
    assertThat(answered.getFirst().text()).contains("http://localhost:8080/referrals/" + id)
        .doesNotContain("rétabli", "Martin");
    mails.withSubjectContaining(reference).forEach(this::assertNoCitizenData);
  }

  private String referenceOf(String agent, String id) {
    return api.read(api.getJson(agent, "/api/referrals/" + id)).get("reference").asText();
  }

  private void assertNoCitizenData(ReceivedMail mail) {
    Map<String, Object> request = RelaisApi.referralRequest("CAF");
    assertThat(mail.subject() + mail.text()).doesNotContain((String) request.get("citizenName"),
        (String) request.get("subject"), (String) request.get("description"), "Martin");
  }

  private List<ReceivedMail> awaitMails(String subject) {
    return await().atMost(WAIT).until(() -> {
      mails.sendDue();
      return mails.withSubjectContaining(subject);
    }, received -> !received.isEmpty());
  }

  private List<String> members(String group) {
    return List.copyOf(SentMails.addresses(users.activeMembersOf(group)));
  }
}
