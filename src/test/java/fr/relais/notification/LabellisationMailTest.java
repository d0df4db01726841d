package fr.relais.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.security.UserAccounts;
import fr.relais.support.LabellisationSteps;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import fr.relais.support.StructureMother;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The audit's remarks and the label decision reach the prefecture's accounts and the structure's contact. */
@RelaisSpringBootTest
class LabellisationMailTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired UserAccounts users;
  @Autowired ApplicationContext context;

  LabellisationSteps steps;
  SentMails mails;

  @BeforeEach
  void setUp() {
    steps = new LabellisationSteps(new RelaisApi(mvc, json));
    mails = new SentMails(context);
  }

  @Test
  void aFailedAuditsRemarksGoToThePrefectAndTheStructure() {
    String name = "France Services de Mail " + UUID.randomUUID().toString().substring(0, 8);
    String id = steps.proposeComplete(name);
    steps.submitAudit(id, Map.of("FS-18", "Le bureau confidentiel n'a pas de porte."));
    steps.awaitStatus(id, "UPGRADE_REQUIRED");

    List<ReceivedMail> remarks = awaitMails("Audit non concluant : " + name);
    assertThat(mails.recipientsOf(remarks)).containsExactlyInAnyOrderElementsOf(prefectAndStructure());
    assertThat(remarks.getFirst().text()).contains("FS-18", "n'a pas de porte", "http://localhost:8080/structures/" + id);
  }

  @Test
  void theLabelDecisionGoesToThePrefectAndTheStructure() {
    String name = "France Services de Décision " + UUID.randomUUID().toString().substring(0, 8);
    String id = steps.awaitingLabelDecision(name);
    steps.grant(id);
    steps.awaitStatus(id, "LABELLED");

    List<ReceivedMail> decision = awaitMails("Label France Services attribué : " + name);
    assertThat(mails.recipientsOf(decision)).containsExactlyInAnyOrderElementsOf(prefectAndStructure());
    assertThat(decision.getFirst().text()).containsPattern("FS-35-\\d{4}-\\d{5}");
  }

  private List<String> prefectAndStructure() {
    List<String> expected = new ArrayList<>(SentMails.addresses(users.activeMembersOf("prefect:35")));
    expected.add((String) StructureMother.proposal("x").get("email"));
    return expected;
  }

  private List<ReceivedMail> awaitMails(String subject) {
    return await().atMost(Duration.ofSeconds(30)).until(() -> {
      mails.sendDue();
      return mails.withSubjectContaining(subject);
    }, received -> !received.isEmpty());
  }
}
