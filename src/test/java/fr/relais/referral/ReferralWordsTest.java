package fr.relais.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.security.UserAccounts;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * What people read of a case is French: history events in words, people by their names, operators by their names,
 * statuses as words; and a case nobody has to answer any more shows no countdown.
 */
@RelaisSpringBootTest
class ReferralWordsTest {

  /** The codes machines read: none of them may reach a page. */
  private static final Pattern CODES = Pattern.compile(
      "\\b(OPEN|ESCALATED|AWAITING_INFORMATION|ANSWERED|CLOSED?|SUBMITTED|ROUTED|ROUTING_GAP|CAF)\\b");

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired UserAccounts users;

  RelaisApi api;

  @BeforeEach
  void setUp() {
    api = new RelaisApi(mvc, json);
  }

  @Test
  void anOpenCaseShowsItsStatusOperatorAndCountdownInWords() throws Exception {
    String id = api.submitReferral("agent-35", "CAF");
    api.awaitTask("referent-caf-35", id, "Task_AnswerReferral");

    String detail = page("agent-35", "/referrals/" + id);
    assertThat(detail).contains("id=\"referral-status\">Ouverte<", "Caf (Caisses d", "Réponse attendue avant le",
        "Saisine déposée", "Saisine envoyée aux référents", "Saisine envoyée aux référents Caf (Caisses",
        name("agent-35"));
    assertThat(CODES.matcher(detail).results().map(match -> match.group())).isEmpty();
    assertThat(detail).doesNotContain(">agent-35<", ">relais<");
  }

  @Test
  void aClosedCaseReadsInFrenchWithPeoplesNamesAndNoCountdown() throws Exception {
    String id = api.submitReferral("agent-35", "CAF");
    JsonNode task = api.awaitTask("referent-caf-35", id, "Task_AnswerReferral");
    assertThat(api.complete("referent-caf-35", task.get("id").asText(),
        Map.of("outcome", "ANSWERED", "answer", "Le versement reprend ce mois-ci."))).isEqualTo(204);
    JsonNode review = api.awaitTask("agent-35", id, "Task_ReviewAnswer");
    assertThat(api.complete("agent-35", review.get("id").asText(), Map.of("decision", "CLOSE"))).isEqualTo(204);
    api.awaitReferral("agent-35", id, "CLOSED");

    String detail = page("agent-35", "/referrals/" + id);
    assertThat(detail).contains("id=\"referral-status\">Clôturée<", "Saisine déposée", "Saisine envoyée aux référents",
        "Réponse apportée", "Clôturée par l&#39;agent", name("referent-caf-35"),
        name("agent-35"));
    assertThat(detail).as("no countdown once answered").doesNotContain("Réponse attendue avant le", "en retard de",
        "Échéance : ()");
    assertThat(detail).as("people by name, never by login").doesNotContain("referent-caf-35", ">agent-35<");
    assertThat(CODES.matcher(detail).results().map(match -> match.group())).isEmpty();

    String list = page("agent-35", "/referrals?q=" + api.read(api.getJson("agent-35", "/api/referrals/" + id))
        .get("reference").asText());
    assertThat(list).contains(">Clôturée<", "Caf (Caisses d");
    assertThat(CODES.matcher(list).results().map(match -> match.group())).isEmpty();
  }

  /** A person's display name as the page writes it. */
  private String name(String username) {
    return HtmlUtils.htmlEscape(users.displayNameOf(username), "UTF-8");
  }

  private String page(String username, String path) throws Exception {
    return mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
        .andReturn().getResponse().getContentAsString();
  }
}
