package fr.relais.labellisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.security.UserAccounts;
import fr.relais.support.LabellisationSteps;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The labellisation forms refuse what their schema cannot see, keep the auditor's draft, show the facts each step
 * decides on, and their scope holds. The audit is a grid: criteria by category, errors naming their criterion, and
 * the fast-track re-audit opening with the previous audit's results, the failed criteria first.
 */
@RelaisSpringBootTest
class LabellisationTaskFormTest {

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
  void anAuditWithoutItsFindingsAnAlteredCriterionOrAFutureVisitIsRefusedNamingEachCriterionAndNothingIsRecorded() {
    String id = steps.proposeComplete("France Services de Pipriac");
    String auditor = steps.auditor(id);
    JsonNode task = steps.auditTask(id);
    String taskId = task.get("id").asText();

    Map<String, Object> audit = steps.audit(task, Map.of("FS-18", "x"));
    criterion(audit, 17).remove("comment");
    criterion(audit, 0).put("code", "FS-99");
    audit.put("visitDate", steps.today().plusDays(3).toString());
    audit.remove("remarks");
    MockHttpServletResponse refused = api.postJson(auditor, "/api/tasks/" + taskId + "/complete", audit);

    assertThat(refused.getStatus()).isEqualTo(400);
    JsonNode errors = api.read(refused).get("errors");
    assertThat(errors.get("criteria[0].code").asText()).startsWith("FS-01 — Jours d'ouverture : ")
        .contains("lecture seule");
    assertThat(errors.get("criteria[17].comment").asText())
        .isEqualTo("FS-18 — Espace confidentiel : précisez le constat (ce champ est obligatoire).");
    assertThat(errors.has("visitDate")).isFalse().as("the schema's errors come first; the rest once it accepts");

    criterion(audit, 0).put("code", "FS-01");
    criterion(audit, 17).put("comment", "Pas de porte.");
    JsonNode domainErrors = api.read(api.postJson(auditor, "/api/tasks/" + taskId + "/complete", audit)).get("errors");
    assertThat(domainErrors.get("visitDate").asText()).contains("futur");
    assertThat(domainErrors.get("remarks").asText()).contains("transmises au préfet");

    List<?> shortList = ((List<?>) audit.get("criteria")).subList(0, 29);
    audit.put("criteria", shortList);
    audit.put("visitDate", steps.today().toString());
    audit.put("remarks", "Bureau à équiper.");
    assertThat(api.read(api.postJson(auditor, "/api/tasks/" + taskId + "/complete", audit)).get("errors")
        .get("criteria").asText()).contains("30 attendus, 29 reçus");

    assertThat(jdbc.sql("select count(*) from structure_audit where structure_id = ?").param(UUID.fromString(id))
        .query(Integer.class).single()).isZero();
    assertThat(api.findTask(auditor, id, LabellisationProcess.AUDIT_TASK)).as("still open").isNotNull();
  }

  @Test
  void theAuditorsDraftComesBackWhenTheTaskIsOpenedAgainAndOnlyTheyCanReadOrSaveIt() throws Exception {
    String id = steps.proposeComplete("France Services de Maure-de-Bretagne");
    String auditor = steps.auditor(id);
    String otherAuditor = auditor.equals("auditor") ? "auditor2" : "auditor";
    String taskId = steps.auditTask(id).get("id").asText();

    MockHttpServletResponse saved = mvc.perform(post("/tasks/" + taskId + "/draft").header("HX-Request", "true")
            .param("remarks", "Visite commencée, accueil chaleureux.")
            .param("criteria[3].code", "FS-04").param("criteria[3].result", "NON_COMPLIANT")
            .with(user(users.loadUserByUsername(auditor))).with(csrf()))
        .andReturn().getResponse();
    assertThat(saved.getStatus()).isEqualTo(200);
    assertThat(saved.getContentAsString()).contains("Brouillon enregistré");

    String reopened = mvc.perform(get("/tasks/" + taskId).with(user(users.loadUserByUsername(auditor))))
        .andReturn().getResponse().getContentAsString();
    assertThat(reopened).contains("Visite commencée, accueil chaleureux.", "Deux agents polyvalents");
    assertThat(reopened).containsPattern("value=\"NON_COMPLIANT\"[^>]*checked");
    JsonNode draft = api.read(api.getJson(auditor, "/api/tasks/" + taskId + "/draft"));
    assertThat(draft.get("fields").get("remarks").asText()).startsWith("Visite commencée");

    for (String refused : List.of(otherAuditor, "prefect-35", "anct")) {
      assertThat(api.getJson(refused, "/api/tasks/" + taskId + "/draft").getStatus()).as(refused).isEqualTo(403);
      assertThat(api.call(refused, put("/api/tasks/" + taskId + "/draft").contentType(MediaType.APPLICATION_JSON)
          .content("{\"remarks\":\"intrus\"}")).getStatus()).as(refused).isEqualTo(403);
    }

    steps.submitAudit(id, Map.of());
    steps.awaitStatus(id, "AWAITING_NATIONAL_AGREEMENT");
    assertThat(api.getJson(auditor, "/api/tasks/" + taskId + "/draft").getStatus())
        .as("sent: the task is no longer theirs to read").isIn(403, 404);
    assertThat(jdbc.sql("select count(*) from task_draft where business_key = ?").param(id).query(Integer.class)
        .single()).as("gone once the engine has the audit").isZero();
  }

  @Test
  void eachDecisionBelongsToItsDeciderAlone() {
    String id = steps.awaitingLabelDecision("France Services de Janzé");
    JsonNode decision = api.awaitTask("prefect-35", id, LabellisationProcess.LABEL_DECISION_TASK);
    String path = "/api/tasks/" + decision.get("id").asText();
    Map<String, Object> grant = Map.of("decision", "GRANT", "effectiveDate", steps.today().toString());

    for (String refused : List.of("prefect-14", "auditor", "auditor2", "anct", "agent-35", "referent-caf-35")) {
      assertThat(api.getJson(refused, path).getStatus()).as(refused).isEqualTo(403);
      assertThat(api.postJson(refused, path + "/complete", grant).getStatus()).as(refused).isEqualTo(403);
      assertThat(api.findTask(refused, id, LabellisationProcess.LABEL_DECISION_TASK)).as(refused).isNull();
    }
    assertThat(steps.structure(id).get("status").asText()).isEqualTo("AWAITING_LABEL_DECISION");
  }

  @Test
  void aLabelDecisionOutsideItsDatesIsRefusedAndAPostponedOneComesBackOnItsDay() {
    String id = steps.awaitingLabelDecision("France Services de Retiers");
    String path = "/api/tasks/" + api.awaitTask("prefect-35", id, LabellisationProcess.LABEL_DECISION_TASK)
        .get("id").asText() + "/complete";

    JsonNode tooOld = api.read(api.postJson("prefect-35", path,
        Map.of("decision", "GRANT", "effectiveDate", steps.today().minusMonths(3).toString())));
    assertThat(tooOld.get("errors").get("effectiveDate").asText()).contains("comprise entre");
    JsonNode pastPostponement = api.read(api.postJson("prefect-35", path, Map.of("decision", "POSTPONE",
        "postponeUntil", steps.today().toString(), "reason", "Attendre le conseil communautaire.")));
    assertThat(pastPostponement.get("errors").get("postponeUntil").asText()).contains("date future");
    JsonNode noReason = api.read(api.postJson("prefect-35", path,
        Map.of("decision", "POSTPONE", "postponeUntil", steps.today().plusDays(10).toString())));
    assertThat(noReason.get("errors").has("reason")).isTrue();
    assertThat(steps.structure(id).get("history").toString()).doesNotContain("LABEL_POSTPONE_DECIDED");

    assertThat(api.postJson("prefect-35", path, Map.of("decision", "POSTPONE", "postponeUntil",
        steps.today().plusDays(10).toString(), "reason", "Attendre le conseil communautaire.")).getStatus())
        .isEqualTo(204);
    JsonNode postponed = org.awaitility.Awaitility.await().until(() -> steps.structure(id),
        structure -> "Event_DecisionDue".equals(structure.get("currentStep").asText()));
    assertThat(postponed.get("decisionDueAt").asText()).contains(steps.today().plusDays(10).toString());

    api.advanceClock(java.time.Duration.ofDays(11));
    JsonNode again = api.awaitTask("prefect-35", id, LabellisationProcess.LABEL_DECISION_TASK);
    assertThat(again.get("id").asText()).isNotEqualTo(path.split("/")[3]);
  }

  @Test
  void theUpgradeShowsTheFailedCriteriaAndTheReauditTheDeclarationAndThePreviousResults() throws Exception {
    String id = steps.proposeComplete("France Services de Lohéac");
    steps.submitAudit(id, Map.of("FS-18", "Le bureau confidentiel n'a pas de porte."));
    steps.awaitStatus(id, "UPGRADE_REQUIRED");

    String upgrade = taskPage(LabellisationSteps.PREFECT, id, LabellisationProcess.RECORD_UPGRADE_TASK);
    assertThat(upgrade).contains("France Services de Lohéac (35)", "Audit non concluant : audit n° 1",
        "Critères non conformes (1)", "Espace confidentiel", "Le bureau confidentiel n&#39;a pas de porte.",
        "Mise à niveau attendue avant le", "Mise à niveau nécessaire avant le label.");
    assertThat(section(upgrade)).doesNotContain("Jours d&#39;ouverture").as("the failed criteria only");

    steps.completeTask(LabellisationSteps.PREFECT, id, LabellisationProcess.RECORD_UPGRADE_TASK,
        Map.of("corrections", "Porte posée au bureau confidentiel le 3 novembre."));
    steps.awaitStatus(id, "AUDIT_PENDING");
    String reaudit = taskPage(steps.auditor(id), id, LabellisationProcess.AUDIT_TASK);
    assertThat(section(reaudit)).contains("Déclaration", "Espaces confidentiels", "Audit précédent : audit n° 1",
        "Non concluant", "FS-18");
  }

  @Test
  void anctSeesTheAuditOutcomeAndThePrefectAlsoAnctsOpinion() throws Exception {
    String id = steps.proposeComplete("France Services de Plélan-le-Grand");
    steps.submitAudit(id, Map.of());
    steps.awaitStatus(id, "AWAITING_NATIONAL_AGREEMENT");

    String agreement = section(taskPage("anct", id, LabellisationProcess.NATIONAL_AGREEMENT_TASK));
    assertThat(agreement).contains("France Services de Plélan-le-Grand (35)", "Déclaration",
        "MSA (Mutualité sociale agricole)",
        "Résultat de l&#39;audit : audit n° 1", "Concluant", "Tous les critères applicables sont conformes.")
        .doesNotContain("Avis préalable de l");

    steps.approveNationally(id);
    steps.awaitStatus(id, "AWAITING_LABEL_DECISION");
    String decision = section(taskPage(LabellisationSteps.PREFECT, id, LabellisationProcess.LABEL_DECISION_TASK));
    assertThat(decision).contains("Résultat de l&#39;audit : audit n° 1", "Concluant", "Avis préalable de l'ANCT</h3>",
        "Avis préalable favorable de l&#39;ANCT : Maillage départemental conforme.");
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

  @SuppressWarnings("unchecked")
  private static Map<String, Object> criterion(Map<String, Object> audit, int index) {
    List<Object> criteria = new ArrayList<>((List<Object>) audit.get("criteria"));
    Map<String, Object> item = new LinkedHashMap<>((Map<String, Object>) criteria.get(index));
    criteria.set(index, item);
    audit.put("criteria", criteria);
    return item;
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

  private String taskPage(String username, String id, String step) throws Exception {
    return page(username, api.awaitTask(username, id, step).get("id").asText());
  }

  /** The facts above the form, without the form itself. */
  private static String section(String page) {
    return page.substring(page.indexOf("id=\"task-context\""), page.indexOf("</section>", page.indexOf("id=\"task-context\"")));
  }
}
