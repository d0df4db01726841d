package fr.relais.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.security.UserAccounts;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** What administrators see of the e-mails, and nobody else. */
@RelaisSpringBootTest
class MailPagesTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired Notifications notifications;
  @Autowired ApplicationContext context;
  @Autowired UserAccounts users;

  RelaisApi api;

  @BeforeEach
  void setUp() {
    api = new RelaisApi(mvc, json);
  }

  @Test
  void theApiListsReceivedMessagesNewestFirstToAnAdministrator() {
    String subject = "Message de contrôle " + UUID.randomUUID();
    notifications.enqueueEmail(subject, "controle@mail-pages.relais.test", subject, "Bonjour.");
    new SentMails(context).sendDue();

    JsonNode received = api.read(api.getJson("admin", "/api/dev/mail"));
    JsonNode mine = null;
    for (JsonNode mail : received) {
      if (subject.equals(mail.get("subject").asText())) {
        mine = mail;
      }
    }
    assertThat(mine).isNotNull();
    assertThat(mine.get("to").get(0).asText()).isEqualTo("controle@mail-pages.relais.test");
    assertThat(mine.get("text").asText()).startsWith("Bonjour.");
    assertThat(mine.get("sentAt").asText()).isNotBlank();
    assertThat(received.get(0).get("sentAt").asText()).isGreaterThanOrEqualTo(mine.get("sentAt").asText());
  }

  @Test
  void theApiIsRefusedToOthersAndToStrangers() throws Exception {
    assertThat(api.getJson("agent-35", "/api/dev/mail").getStatus()).isEqualTo(403);
    assertThat(api.getJson("referent-caf-35", "/api/dev/mail").getStatus()).isEqualTo(403);
    assertThat(mvc.perform(get("/api/dev/mail").accept(MediaType.APPLICATION_JSON)).andReturn().getResponse()
        .getStatus()).isEqualTo(401);
  }

  @Test
  void thePageShowsTheOutboxAndTheMailboxToAnAdministratorOnly() throws Exception {
    String page = mvc.perform(get("/dev/mail").with(user(users.loadUserByUsername("admin")))).andReturn()
        .getResponse().getContentAsString();
    assertThat(page).contains("Courriels envoyés", "File d'envoi", "Reçus par la boîte aux lettres embarquée");
    assertThat(mvc.perform(get("/dev/mail").with(user(users.loadUserByUsername("agent-35")))).andReturn()
        .getResponse().getStatus()).isEqualTo(403);
  }
}
