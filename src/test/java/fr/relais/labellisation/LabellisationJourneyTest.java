package fr.relais.labellisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.security.UserAccounts;
import fr.relais.support.LabellisationSteps;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import fr.relais.support.StructureMother;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Structures taken through their labellisation by the people who decide, on the real engine and database. */
@RelaisSpringBootTest
class LabellisationJourneyTest {

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
  void aConclusiveAuditLeadsThroughAnctAndThePrefectToTheLabelAndEveryFollowUp() {
    String id = steps.proposeComplete("France Services de Redon");
    String auditor = steps.auditor(id);
    assertThat(auditor).as("an auditor covering Ille-et-Vilaine").isIn("auditor", "auditor2");
    JsonNode task = steps.auditTask(id);
    assertThat(task.get("formValues").get("criteria")).as("the 30 criteria of version 2019").hasSize(30);
    assertThat(task.get("formValues").get("criteria").get(0).get("label").asText()).contains("Jours d'ouverture");

    steps.submitAudit(id, Map.of());
    JsonNode awaiting = steps.awaitStatus(id, "AWAITING_NATIONAL_AGREEMENT");
    assertThat(awaiting.get("audits")).hasSize(1);
    assertThat(awaiting.get("audits").get(0).get("conclusive").asBoolean()).isTrue();
    assertThat(awaiting.get("audits").get(0).get("referentialVersion").asText()).isEqualTo("2019");
    steps.approveNationally(id);
    steps.awaitStatus(id, "AWAITING_LABEL_DECISION");
    steps.grant(id);

    JsonNode labelled = steps.awaitStatus(id, "LABELLED");
    assertThat(labelled.get("labelNumber").asText()).matches("FS-35-\\d{4}-\\d{5}");
    assertThat(labelled.get("labelledAt").asText()).isNotBlank();
    JsonNode done = awaitHistory(id, "ENROLLED_IN_QUALITY_CONTROL");
    assertThat(LabellisationSteps.events(done)).containsSubsequence("PROPOSED", "DECLARATION_CHECKED",
        "AUDITOR_ASSIGNED", "AUDIT_SUBMITTED", "AUDIT_CONCLUSIVE", "NATIONAL_AGREEMENT_GIVEN", "LABEL_GRANT_DECIDED",
        "LABEL_GRANTED", "PLATFORM_INVITATION_SENT", "CONVENTION_ANNEX_DRAWN_UP", "AGENTS_HANDED_TO_TRAINING",
        "ENROLLED_IN_QUALITY_CONTROL");
    assertThat(done.get("history").get(6).get("by").asText()).as("who decided").isEqualTo("prefect-35");
    assertThat(count("structure_agent", id)).as("Claire Martin and Yanis Benali").isEqualTo(2);
    assertThat(count("quality_enrolment", id)).isEqualTo(1);
    assertThat(done.get("currentStep").isNull()).as("nothing left to wait for").isTrue();

    MockHttpServletResponse annex = api.getJson("prefect-35", "/api/structures/" + id + "/annex");
    assertThat(annex.getStatus()).isEqualTo(200);
    assertThat(annex.getContentType()).isEqualTo("application/pdf");
    assertThat(new String(annex.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
    assertThat(annex.getHeader("Content-Disposition")).contains("attachment", labelled.get("labelNumber").asText());
    for (String refused : new String[] {"prefect-14", auditor, "agent-35", "referent-caf-35"}) {
      assertThat(api.getJson(refused, "/api/structures/" + id + "/annex").getStatus()).as(refused).isEqualTo(403);
    }
  }

  @Test
  void aFailedAuditOpensAnUpgradeThenAFastTrackReauditWithAShorterDeadline() throws Exception {
    String id = steps.proposeComplete("France Services de Guichen");
    Instant firstDue = Instant.parse(steps.structure(id).get("auditDueAt").asText());
    steps.submitAudit(id, Map.of("FS-18", "Le bureau confidentiel n'a pas de porte."));

    JsonNode failed = steps.awaitStatus(id, "UPGRADE_REQUIRED");
    assertThat(failed.get("failedAudits").asInt()).isEqualTo(1);
    assertThat(failed.get("audits").get(0).get("conclusive").asBoolean()).isFalse();
    assertThat(notifications(id + ":audit-remarks:1:%")).as("prefect and structure").isEqualTo(2);
    steps.completeTask(LabellisationSteps.PREFECT, id, LabellisationProcess.RECORD_UPGRADE_TASK,
        Map.of("corrections", "Porte posée au bureau confidentiel le 3 novembre."));

    JsonNode reaudit = steps.awaitStatus(id, "AUDIT_PENDING");
    assertThat(reaudit.get("fastTrack").asBoolean()).isTrue();
    steps.auditTask(id);
    String taskList = mvc.perform(get("/tasks").with(user(users.loadUserByUsername(steps.auditor(id)))))
        .andReturn().getResponse().getContentAsString();
    assertThat(taskList).as("the re-audit is marked as a priority").contains("Prioritaire");
    Instant reauditDue = Instant.parse(reaudit.get("auditDueAt").asText());
    assertThat(Duration.between(api.now(), reauditDue)).as("21 days, not 60")
        .isLessThan(Duration.between(firstDue, firstDue.plus(Duration.ofDays(30))));
    steps.submitAudit(id, Map.of());

    JsonNode passed = steps.awaitStatus(id, "AWAITING_NATIONAL_AGREEMENT");
    assertThat(passed.get("audits")).hasSize(2);
    assertThat(passed.get("audits").get(1).get("fastTrack").asBoolean()).isTrue();
    assertThat(LabellisationSteps.events(passed)).containsSubsequence("AUDIT_NOT_CONCLUSIVE", "UPGRADE_REQUESTED",
        "UPGRADE_RECORDED", "REAUDIT_SCHEDULED", "AUDIT_CONCLUSIVE");
  }

  @Test
  void theStructurePageShowsItsAuditsItsLabelAndWhereItsCaseStands() throws Exception {
    String id = steps.awaitingLabelDecision("France Services de Liffré");

    String page = mvc.perform(get("/structures/" + id).with(user(users.loadUserByUsername("prefect-35"))))
        .andReturn().getResponse().getContentAsString();

    assertThat(page).contains("France Services de Liffré", "Audit n° 1", "Concluant", "Où en est le dossier",
        "data-current-elements=\"Task_LabelDecision\"", "Décider du label", "Avis préalable favorable");
    assertThat(page).doesNotContain("Exception");
    String auditor = steps.structure(id).get("audits").get(0).get("auditor").asText();
    assertThat(mvc.perform(get("/structures/" + id).with(user(users.loadUserByUsername(auditor))))
        .andReturn().getResponse().getStatus()).as("the auditor of its audit reads it").isEqualTo(200);
    assertThat(mvc.perform(get("/structures/" + id).with(user(users.loadUserByUsername("prefect-14"))))
        .andReturn().getResponse().getStatus()).isEqualTo(403);
  }

  @Test
  void anIncompleteDeclarationGoesBackToThePrefectWhoCompletesItFromWhatWasDeclared() throws Exception {
    Map<String, Object> proposal = StructureMother.proposal("France Services de Plélan-le-Grand");
    proposal.put("hoursFriday", "");
    proposal.put("videoWorkstations", 0);
    String id = api.read(api.postJson(LabellisationSteps.PREFECT, "/api/structures", proposal)).get("id").asText();
    steps.awaitStatus(id, "DECLARATION_INCOMPLETE");

    JsonNode listed = api.awaitTask(LabellisationSteps.PREFECT, id, LabellisationProcess.COMPLETE_DECLARATION_TASK);
    assertThat(api.findTask("prefect-14", id, LabellisationProcess.COMPLETE_DECLARATION_TASK)).isNull();
    JsonNode task = api.read(api.getJson(LabellisationSteps.PREFECT, "/api/tasks/" + listed.get("id").asText()));
    JsonNode opening = task.get("formValues");
    assertThat(opening.get("name").asText()).isEqualTo("France Services de Plélan-le-Grand");
    assertThat(opening.get("gapsToCorrect").asText()).contains("FS-01", "FS-02", "FS-21");
    assertThat(opening.has("hoursFriday")).isFalse();
    String page = mvc.perform(get("/tasks/" + listed.get("id").asText())
        .with(user(users.loadUserByUsername(LabellisationSteps.PREFECT)))).andReturn().getResponse().getContentAsString();
    assertThat(page).as("the operators the case's référentiel requires, marked as on the proposal")
        .contains("— obligatoire");

    Map<String, Object> completed = new HashMap<>(proposal);
    completed.put("hoursFriday", "09:00-12:00");
    completed.put("videoWorkstations", 1);
    assertThat(api.postJson(LabellisationSteps.PREFECT, "/api/tasks/" + listed.get("id").asText() + "/complete",
        completed).getStatus()).isEqualTo(204);

    JsonNode checked = steps.awaitStatus(id, "AUDIT_PENDING");
    assertThat(checked.get("declarationGaps")).isEmpty();
    assertThat(checked.get("declaration").get("videoWorkstations").asInt()).isEqualTo(1);
    assertThat(LabellisationSteps.events(checked)).containsSubsequence("DECLARATION_CHECKED", "DECLARATION_REVISED",
        "DECLARATION_CHECKED", "AUDITOR_ASSIGNED");
  }

  @Test
  void aMissedUpgradeDeadlineLetsThePrefectAbandonTheProject() {
    String id = steps.proposeComplete("France Services de Sel-de-Bretagne");
    steps.submitAudit(id, Map.of("FS-19", "Aucun accès pour les fauteuils roulants."));
    steps.awaitStatus(id, "UPGRADE_REQUIRED");
    String upgrade = api.awaitTask(LabellisationSteps.PREFECT, id, LabellisationProcess.RECORD_UPGRADE_TASK)
        .get("id").asText();

    api.advanceClock(Duration.ofDays(91));

    JsonNode decision = api.awaitTask(LabellisationSteps.PREFECT, id, LabellisationProcess.DECIDE_AFTER_FAILURE_TASK);
    assertThat(api.findTask(LabellisationSteps.PREFECT, id, LabellisationProcess.RECORD_UPGRADE_TASK))
        .as("the upgrade task left with its deadline").isNull();
    assertThat(api.complete(LabellisationSteps.PREFECT, upgrade, Map.of("corrections", "Rampe posée, trop tard.")))
        .isEqualTo(409);
    assertThat(api.complete(LabellisationSteps.PREFECT, decision.get("id").asText(),
        Map.of("decision", "ABANDON", "reason", "Le porteur renonce aux travaux d'accessibilité."))).isEqualTo(204);

    JsonNode abandoned = steps.awaitStatus(id, "ABANDONED");
    assertThat(abandoned.get("closingReason").asText()).contains("renonce");
    assertThat(LabellisationSteps.events(abandoned)).containsSubsequence("UPGRADE_REQUESTED", "ABANDON_DECIDED",
        "ABANDONED").as("the late upgrade was refused before anything was recorded").doesNotContain("UPGRADE_RECORDED");
  }

  @Test
  void anctRejectionRefusesTheLabelWithItsReason() {
    String id = steps.proposeComplete("France Services de Bain-de-Bretagne");
    steps.submitAudit(id, Map.of());
    steps.completeTask("anct", id, LabellisationProcess.NATIONAL_AGREEMENT_TASK,
        Map.of("agreement", "REJECTED", "reason", "Une structure labellisée couvre déjà ce bassin de vie."));

    JsonNode refused = steps.awaitStatus(id, "REFUSED");
    assertThat(refused.get("closingReason").asText()).contains("couvre déjà");
    assertThat(refused.get("labelNumber").isNull()).isTrue();
  }

  private JsonNode awaitHistory(String id, String event) {
    return await().atMost(Duration.ofSeconds(20))
        .until(() -> steps.structure(id), structure -> LabellisationSteps.events(structure).contains(event));
  }

  private int count(String table, String structureId) {
    return jdbc.sql("select count(*) from " + table + " where structure_id = ?").param(UUID.fromString(structureId))
        .query(Integer.class).single();
  }

  private int notifications(String dedupKeyPattern) {
    return jdbc.sql("select count(*) from notification where dedup_key like ?").param(dedupKeyPattern)
        .query(Integer.class).single();
  }
}
