package fr.relais.labellisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.security.UserAccounts;
import fr.relais.support.LabellisationSteps;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The audit task as a grid: criteria by category with their three choices, errors naming their criterion, and the
 * fast-track re-audit opening with the previous audit's results, the failed criteria first.
 */
@RelaisSpringBootTest
class AuditChecklistTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;

  RelaisApi api;
  LabellisationSteps steps;

  @BeforeEach
  void setUp() {
    api = new RelaisApi(mvc, json);
    steps = new LabellisationSteps(api);
  }

  @Test
  void theChecklistIsAGridOfCriteriaByCategoryWithItsCountAndOnlyTheAssignedAuditorOpensIt() throws Exception {
    String id = steps.proposeComplete("France Services de Bain-de-Bretagne");
    String auditor = steps.auditor(id);
    String taskId = steps.auditTask(id).get("id").asText();

    String page = page(auditor, taskId);

    assertThat(page).contains("<strong data-audit-answered>0</strong> / <span data-audit-total>30</span> renseignés",
        ">Horaires d&#39;ouverture</h2>", ">Locaux</h2>", ">FS-18</strong>", "Espace confidentiel")
        .doesNotContain("Élément 1", "Confirmer les autres critères");
    assertThat(page.indexOf(">Horaires d&#39;ouverture</h2>")).isLessThan(page.indexOf(">FS-01</strong>"))
        .as("each criterion under its category");
    assertThat(page).containsPattern("name=\"criteria\\[17]\\.result\" value=\"NON_COMPLIANT\"")
        .contains("name=\"criteria[17].code\" value=\"FS-18\"");
    String otherAuditor = auditor.equals("auditor") ? "auditor2" : "auditor";
    for (String refused : new String[] {otherAuditor, "prefect-35", "anct"}) {
      assertThat(call(refused, get("/tasks/" + taskId)).getStatus()).as(refused).isEqualTo(403);
    }
  }

  @Test
  void aRefusedChecklistNamesTheCriterionOfEachErrorAndKeepsWhatWasChosen() throws Exception {
    String id = steps.proposeComplete("France Services de Guipry");
    String auditor = steps.auditor(id);
    String taskId = steps.auditTask(id).get("id").asText();
    MockHttpServletRequestBuilder submit = post("/tasks/" + taskId).param("visitDate", steps.today().toString());
    for (int i = 0; i < 30; i++) {
      submit.param("criteria[" + i + "].code", code(i));
      if (i != 6) {
        submit.param("criteria[" + i + "].result", i == 17 ? "NON_COMPLIANT" : "COMPLIANT");
      }
    }

    String page = call(auditor, submit).getContentAsString();

    assertThat(page).contains("FS-07 — Socle commun de formation : choisissez Conforme, Non conforme ou Sans objet.",
        "FS-18 — Espace confidentiel : précisez le constat (ce champ est obligatoire).",
        "<strong data-audit-answered>29</strong> / <span data-audit-total>30</span> renseignés");
    assertThat(page).containsPattern("value=\"NON_COMPLIANT\"\\s+checked");
    assertThat(jdbc.sql("select count(*) from structure_audit where structure_id = ?").param(UUID.fromString(id))
        .query(Integer.class).single()).isZero();
  }

  @Test
  void theReauditOpensWithThePreviousResultsTheFailedCriterionFirstAndStillRecordsEveryCriterion() throws Exception {
    String id = steps.proposeComplete("France Services de Messac");
    steps.submitAudit(id, Map.of("FS-18", "Le bureau confidentiel n'a pas de porte."));
    steps.awaitStatus(id, "UPGRADE_REQUIRED");
    steps.completeTask(LabellisationSteps.PREFECT, id, LabellisationProcess.RECORD_UPGRADE_TASK,
        Map.of("corrections", "Porte posée au bureau confidentiel le 3 novembre."));
    steps.awaitStatus(id, "AUDIT_PENDING");
    JsonNode reaudit = steps.auditTask(id);
    String auditor = steps.auditor(id);
    String taskId = reaudit.get("id").asText();

    JsonNode failed = reaudit.get("formValues").get("criteria").get(17);
    assertThat(failed.get("previousResult").asText()).isEqualTo("NON_COMPLIANT");
    assertThat(failed.get("previousComment").asText()).isEqualTo("Le bureau confidentiel n'a pas de porte.");
    assertThat(failed.has("result")).as("judged again, not taken over").isFalse();
    assertThat(reaudit.get("formValues").get("criteria").get(0).get("previousResult").asText()).isEqualTo("COMPLIANT");

    String page = page(auditor, taskId);
    assertThat(page).contains("Confirmer les autres critères", "À revoir : non conformes lors de l&#39;audit précédent",
        "« Le bureau confidentiel n&#39;a pas de porte. »");
    int grid = page.indexOf("id=\"audit-checklist\"");
    assertThat(page.indexOf("À revoir", grid)).isLessThan(page.indexOf(">FS-18</strong>", grid));
    assertThat(page.indexOf(">FS-18</strong>", grid)).as("listed first").isLessThan(page.indexOf(">FS-01</strong>", grid));

    MockHttpServletRequestBuilder submit = post("/tasks/" + taskId).param("visitDate", steps.today().toString());
    for (int i = 0; i < 30; i++) {
      submit.param("criteria[" + i + "].code", code(i))
          .param("criteria[" + i + "].result", "COMPLIANT");
    }
    assertThat(call(auditor, submit).getStatus()).isEqualTo(302);
    steps.awaitStatus(id, "AWAITING_NATIONAL_AGREEMENT");
    assertThat(jdbc.sql("select jsonb_array_length(results) from structure_audit where structure_id = ? and round = 2")
        .param(UUID.fromString(id)).query(Integer.class).single()).as("a result for every criterion").isEqualTo(30);
  }

  /** The codes of version 2019, in its order: FS-01 to FS-30. */
  private static String code(int index) {
    return String.format("FS-%02d", index + 1);
  }

  private String page(String username, String taskId) throws Exception {
    MockHttpServletResponse response = call(username, get("/tasks/" + taskId));
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsString();
  }

  private MockHttpServletResponse call(String username, MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(user(users.loadUserByUsername(username))).with(csrf())).andReturn().getResponse();
  }
}
