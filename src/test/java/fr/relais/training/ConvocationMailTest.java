package fr.relais.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.notification.ReceivedMail;
import fr.relais.notification.SentMails;
import fr.relais.security.UserAccounts;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A convocation reaches the agent's structure with the session's date and place, and a calendar invitation. */
@RelaisSpringBootTest
class ConvocationMailTest {

  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired UserAccounts users;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;

  RelaisApi api;
  TrainingSteps steps;
  SentMails mails;

  @BeforeEach
  void setUp() {
    api = new RelaisApi(mvc, json);
    steps = new TrainingSteps(api);
    mails = new SentMails(context);
  }

  @Test
  void theStructureGetsTheConvocationWithAnIcsInvitation() {
    String structure = users.loadUserByUsername("agent-84").user().structureId().toString();
    String sessionId = steps.schedule("prefect-84", steps.session("SOCLE_COMMUN", "84", 3, "CNFPT")).get("id").asText();
    JsonNode session = api.read(api.getJson("prefect-84", "/api/training-sessions/" + sessionId)).get("session");
    String agent = steps.addAgent("agent-84", structure, "Nora Convoquée");
    steps.awaitModule("agent-84", agent, "SOCLE_COMMUN", "ENROLLED");

    List<ReceivedMail> convocation = await().atMost(Duration.ofSeconds(30)).until(() -> {
      mails.sendDue();
      return mails.withSubjectContaining("Convocation à la formation").stream()
          .filter(mail -> mail.text().contains("Nora Convoquée")).toList();
    }, received -> !received.isEmpty());

    assertThat(mails.recipientsOf(convocation))
        .containsExactlyElementsOf(SentMails.addresses(users.activeMembersOf("agent:" + structure)));
    assertThat(convocation.getFirst().text()).contains("Salle du conseil, sous-préfecture", "(heure de Paris)",
        "http://localhost:8080/training/agents/" + agent);
    assertThat(convocation.getFirst().attachments()).containsExactly("invitation.ics");
    String ics = jdbc.sql("select attachment_content from mail_outbox where event_key like ? limit 1")
        .param(agent + ":convocation:%").query(String.class).single();
    assertThat(ics).contains("BEGIN:VEVENT", "UID:convocation-" + agent,
        "DTSTART:" + UTC.format(Instant.parse(session.get("startsAt").asText())),
        "DTEND:" + UTC.format(Instant.parse(session.get("endsAt").asText())),
        "SUMMARY:Formation France Services", "LOCATION:Salle du conseil\\, sous-préfecture", "END:VCALENDAR");
  }
}
