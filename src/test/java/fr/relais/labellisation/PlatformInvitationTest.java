package fr.relais.labellisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.security.Role;
import fr.relais.security.UserAccounts;
import fr.relais.support.LabellisationSteps;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The one-time link a labelled structure receives creates its account, once, and refuses bad input field by field. */
@RelaisSpringBootTest
class PlatformInvitationTest {

  private static final Pattern LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]{43})");

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Clock clock;

  LabellisationSteps steps;

  @BeforeEach
  void setUp() {
    steps = new LabellisationSteps(new RelaisApi(mvc, json));
  }

  @Test
  void theLinkCreatesTheStructuresAccountOnceAndOnlyWithValidFields() throws Exception {
    String id = steps.labelled("France Services de Bécherel");
    String token = token(id);
    assertThat(jdbc.sql("select token_hash from structure_invitation where structure_id = ?")
        .param(UUID.fromString(id)).query(String.class).single()).as("only the hash is stored").isNotEqualTo(token);

    // The app's clock, not the database's: other tests move it forward.
    jdbc.sql("update structure_invitation set expires_at = ? where structure_id = ?")
        .params(Timestamp.from(clock.instant().minus(Duration.ofDays(1))), UUID.fromString(id)).update();
    assertThat(mvc.perform(get("/invitations/" + token)).andReturn().getResponse().getContentAsString())
        .contains("Ce lien a expiré").doesNotContain("Créer le compte</button>");
    jdbc.sql("update structure_invitation set expires_at = ? where structure_id = ?")
        .params(Timestamp.from(clock.instant().plus(Duration.ofDays(30))), UUID.fromString(id)).update();

    MockHttpServletResponse page = mvc.perform(get("/invitations/" + token)).andReturn().getResponse();
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString()).contains("France Services de Bécherel", "Créer le compte");

    MockHttpServletResponse refused = mvc.perform(register(token, "", "Ab", "court", "autre")).andReturn()
        .getResponse();
    assertThat(refused.getContentAsString()).contains("Indiquez le nom", "De 3 à 40 caractères", "Au moins 12")
        .doesNotContain("Exception");
    assertThat(users.find("ab")).isEmpty();

    String username = "becherel-" + id.substring(0, 6);
    MockHttpServletResponse created = mvc.perform(register(token, "Nadia Leroux", username, "un mot de passe long",
        "un mot de passe long")).andReturn().getResponse();
    assertThat(created.getRedirectedUrl()).endsWith("/login");
    assertThat(users.find(username).orElseThrow().user()).satisfies(account -> {
      assertThat(account.role()).isEqualTo(Role.AGENT);
      assertThat(account.structureId()).isEqualTo(UUID.fromString(id));
    });
    assertThat(LabellisationSteps.events(steps.structure(id))).contains("PLATFORM_ACCOUNT_CREATED");

    String again = mvc.perform(register(token, "Quelqu'un", "second-" + id.substring(0, 6), "un mot de passe long",
        "un mot de passe long")).andReturn().getResponse().getContentAsString();
    assertThat(again).contains("déjà été utilisé");
    assertThat(users.find("second-" + id.substring(0, 6))).isEmpty();
  }

  @Test
  void anUnknownLinkIsNotFound() throws Exception {
    MockHttpServletResponse unknown = mvc.perform(get("/invitations/" + "x".repeat(43))).andReturn().getResponse();
    assertThat(unknown.getStatus()).isEqualTo(404);
    assertThat(unknown.getContentAsString()).doesNotContain("Exception");
  }

  private MockHttpServletRequestBuilder register(String token, String name, String username, String password,
      String confirmation) {
    return post("/invitations/" + token).with(csrf()).param("displayName", name).param("username", username)
        .param("password", password).param("passwordConfirmation", confirmation);
  }

  /** The link exists only in the message sent to the structure. */
  private String token(String id) {
    String body = jdbc.sql("select body from notification where dedup_key = ?").param(id + ":platform-invitation")
        .query(String.class).single();
    Matcher link = LINK.matcher(body);
    assertThat(link.find()).as(body).isTrue();
    return link.group(1);
  }
}
