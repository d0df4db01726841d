package fr.relais.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.security.UserAccounts;
import fr.relais.support.LabellisationSteps;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Task titles and e-mails name every case the way its feature numbers it, and the others by their short id. */
@RelaisSpringBootTest
class CaseReferencesTest {

  @Autowired CaseReferences references;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired UserAccounts users;

  @Test
  void aReferralByItsReference() {
    RelaisApi api = api();
    String id = api.submitReferral("agent-35", "CAF");

    assertThat(references.ofKey(id))
        .isEqualTo(api.read(api.getJson("agent-35", "/api/referrals/" + id)).get("reference").asText())
        .startsWith("SAI-35-");
  }

  @Test
  void aStructureByItsLabelNumberOnceLabelledByItsProjectReferenceBeforeAndOtherwiseByItsShortId() throws Exception {
    UUID labelled = structure("FS-35-2026-99001");
    UUID neverProposed = structure(null);
    String first = new LabellisationSteps(api()).proposeComplete("Maison France services " + UUID.randomUUID());
    String second = new LabellisationSteps(api()).proposeComplete("Maison France services " + UUID.randomUUID());

    assertThat(references.of(labelled)).isEqualTo("FS-35-2026-99001");
    assertThat(references.ofKey(first)).matches("PRJ-35-\\d{4}-\\d{5}");
    assertThat(references.ofKey(second)).as("never the same number twice").matches("PRJ-35-\\d{4}-\\d{5}")
        .isNotEqualTo(references.ofKey(first));
    assertThat(page("prefect-35", "/structures/" + first)).contains("Référence du projet", references.ofKey(first));
    assertThat(page("prefect-35", "/structures")).contains(references.ofKey(second));
    assertThat(references.of(neverProposed)).isEqualTo(neverProposed.toString().substring(0, 8).toUpperCase());
  }

  @Test
  void anyOtherCaseByItsShortId() {
    UUID agent = UUID.fromString("0a1b2c3d-0000-4000-8000-000000000000");
    assertThat(references.of(agent)).isEqualTo("0A1B2C3D");
    assertThat(references.ofKey("not-a-uuid")).isEqualTo("NOT-A-UU");
  }

  private RelaisApi api() {
    return new RelaisApi(mvc, json);
  }

  private String page(String username, String path) throws Exception {
    return mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andReturn().getResponse()
        .getContentAsString();
  }

  private UUID structure(String labelNumber) {
    UUID id = UUID.randomUUID();
    jdbc.sql("insert into structure (id, name, department_code, commune, status, label_number, created_at)"
            + " values (?, 'France services de test', '35', 'Rennes', ?, ?, now())")
        // Closed statuses: no campaign draws them and no process starts for them, whatever else runs meanwhile.
        .params(id, labelNumber == null ? "ABANDONED" : "WITHDRAWN", labelNumber).update();
    return id;
  }
}
