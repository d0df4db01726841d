package fr.relais.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.security.RelaisUser;
import fr.relais.security.Role;
import fr.relais.security.UserAccounts;
import fr.relais.support.LabellisationSteps;
import fr.relais.support.Mailbox;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.sql.Date;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Labelled structures drawn, visited and reviewed on the real engine and database, by the people who do it. */
@RelaisSpringBootTest
class QualityJourneyTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired QualityCampaigns campaigns;
  @Autowired Campaigns stored;
  @Autowired ApplicationContext context;

  RelaisApi api;
  LabellisationSteps labellisation;

  @BeforeEach
  void setUp() {
    api = new RelaisApi(mvc, json);
    labellisation = new LabellisationSteps(api);
  }

  @Test
  void aDrawnStructurePassingItsVisitIsDueAgainInAYearAndTheDrawCanBeChecked() throws Exception {
    String structure = labelledAndDue("France Services de Combourg");
    Campaign campaign = campaigns.draw();
    assertThat(campaign.sample()).contains(UUID.fromString(structure));
    assertThat(QualitySampler.draw(campaign.frame(), campaign.seed(), campaign.nextCampaign(),
        campaign.campaignsPerYear())).as("the stored seed and frame give the same draw").isEqualTo(campaign.sample());

    String control = controlOf(structure);
    JsonNode visit = api.awaitTask("visitor", control, QualityProcess.VISIT_TASK);
    JsonNode detail = api.read(api.getJson("visitor", "/api/tasks/" + visit.get("id").asText()));
    assertThat(detail.get("formValues").get("structureName").asText()).isEqualTo("France Services de Combourg");
    assertThat(page("visitor", "/tasks/" + visit.get("id").asText())).contains("id=\"task-context\"",
        "France Services de Combourg", "Tirée au sort le", "Première visite de ce contrôle");
    assertThat(mvc.perform(get("/tasks/" + visit.get("id").asText()).with(user(users.loadUserByUsername("agent-35"))))
        .andReturn().getResponse().getStatus()).as("the structure visited").isEqualTo(403);
    assertThat(page("anct", "/quality/campaigns/" + campaign.id()))
        .as("the campaign page draws where its controls stand")
        .contains("Où en sont les contrôles de la campagne", "data-bpmn-url=\"/processes/quality-control/diagram\"",
            "<strong>Effectuer la visite mystère</strong>");
    assertThat(api.complete("visitor", visit.get("id").asText(), visitReport(8))).isEqualTo(204);

    JsonNode quality = awaitControlStatus(structure, "PASSED");
    assertThat(quality.get("controls").get(0).get("visits").get(0).get("score").asInt()).isEqualTo(80);
    assertThat(jdbc.sql("select visit_due_by from quality_enrolment where structure_id = ?")
        .param(UUID.fromString(structure)).query(Date.class).single().toLocalDate())
        .isEqualTo(labellisation.today().plusYears(1));

    JsonNode asAnct = api.read(api.getJson("anct", "/api/quality/campaigns/" + campaign.id()));
    assertThat(asAnct.get("seed").asLong()).isEqualTo(campaign.seed());
    assertThat(asAnct.get("visits").toString()).contains(structure, "80");
    JsonNode asPrefect14 = api.read(api.getJson("prefect-14", "/api/quality/campaigns/" + campaign.id()));
    assertThat(asPrefect14.get("visits")).allSatisfy(line -> assertThat(line.get("department").asText())
        .isEqualTo("14"));
    assertThat(asPrefect14.toString()).doesNotContain(structure);
    assertThat(listed("anct", campaign).get("drawn").asInt()).isEqualTo(campaign.sample().size());
    assertThat(listed("anct", campaign).get("frameSize").asInt()).isEqualTo(campaign.frame().size());
    assertThat(listed("prefect-35", campaign).get("drawn").asInt()).as("Combourg is in Ille-et-Vilaine")
        .isEqualTo(drawnIn(campaign, "35")).isPositive();
    assertThat(listed("prefect-14", campaign).get("drawn").asInt()).isEqualTo(drawnIn(campaign, "14"))
        .isEqualTo(asPrefect14.get("visits").size());
    for (String refused : List.of("agent-35", "referent-caf-35", "auditor", "trainer")) {
      assertThat(api.getJson(refused, "/api/quality/campaigns").getStatus()).as(refused).isEqualTo(403);
    }
  }

  @Test
  void twoFailedVisitsGoToThePrefectWhoSuspendsTheLabelWhichLeavesTheDrawsUntilItIsReinstated() throws Exception {
    String structure = labelledAndDue("France Services de Dol-de-Bretagne");
    String manager = structureAccount(structure);
    campaigns.draw();
    String control = controlOf(structure);
    assertThat(api.read(api.getJson(manager, "/api/structures/" + structure + "/quality")).get("controls"))
        .as("a structure does not see its mystery visit coming").isEmpty();

    api.complete("visitor", api.awaitTask("visitor", control, QualityProcess.VISIT_TASK).get("id").asText(),
        visitReport(3));
    JsonNode plan = api.awaitTask(manager, control, QualityProcess.PLAN_TASK);
    JsonNode seenByStructure = api.read(api.getJson(manager, "/api/structures/" + structure + "/quality"));
    assertThat(seenByStructure.get("controls").get(0).get("visits").get(0).get("score").asInt()).isEqualTo(30);
    assertThat(seenByStructure.get("controls").get(0).get("visits").get(0).get("visitor").isNull())
        .as("nor who visited").isTrue();
    assertThat(api.read(api.getJson(manager, "/api/tasks/" + plan.get("id").asText())).toString())
        .doesNotContain("visitor");
    assertThat(api.findTask("agent-35", control, QualityProcess.PLAN_TASK)).as("another structure's").isNull();
    assertThat(page(manager, "/tasks/" + plan.get("id").asText())).contains("Plan d'action attendu avant le",
        "30 (échouée)", "accueil, temps d&#39;attente").doesNotContain("Visiteur mystère");
    assertThat(api.complete(manager, plan.get("id").asText(), Map.of("plan",
        "Un second agent tient l'accueil, les horaires sont affichés, la salle confidentielle est fermée."))).isEqualTo(204);
    awaitControlStatus(structure, "VISIT_DUE");

    api.advanceClock(Duration.ofDays(61));
    String followUp = api.awaitTask("visitor", control, QualityProcess.VISIT_TASK).get("id").asText();
    assertThat(page("visitor", "/tasks/" + followUp)).as("the follow-up visitor knows what to check")
        .contains("Famille et prestations sociales", "30 (échouée)", "Un second agent tient l&#39;accueil");
    api.complete("visitor", followUp, visitReport(4));
    JsonNode review = api.awaitTask("prefect-35", control, QualityProcess.REVIEW_TASK);
    assertThat(page("prefect-35", "/tasks/" + review.get("id").asText())).contains("France Services de Dol-de-Bretagne",
        "30 (échouée)", "40 (échouée)", "Un second agent tient l&#39;accueil", "Historique de la structure");
    assertThat(page("prefect-35", "/quality/reviews")).contains("Dol-de-Bretagne");
    assertThat(page("prefect-35", "/structures/" + structure)).as("the control's status in words")
        .contains("Réexamen du label").doesNotContain(">REVIEW<");
    assertThat(page("prefect-14", "/quality/reviews")).doesNotContain("Dol-de-Bretagne");
    Map<String, Object> suspend = Map.of("decision", "SUSPEND", "suspendedUntil",
        labellisation.today().plusDays(20).toString(), "reason", "Deux visites sous le seuil malgré le plan d'action.");
    for (String refused : List.of("visitor", "prefect-14", "anct", manager)) {
      assertThat(api.complete(refused, review.get("id").asText(), suspend)).as(refused).isEqualTo(403);
    }
    JsonNode detail = api.read(api.getJson("prefect-35", "/api/tasks/" + review.get("id").asText()));
    assertThat(detail.get("formValues").get("findings").asText()).contains("/100", "Plan d'action");
    Mailbox mailbox = new Mailbox(context);
    long otherStructureToldBefore = suspensionsTold(mailbox, "agent-35@relais.test");
    assertThat(api.complete("prefect-35", review.get("id").asText(), suspend)).isEqualTo(204);

    labellisation.awaitStatus(structure, "SUSPENDED");
    assertThat(mailbox.to(manager + "@relais.test"))
        .filteredOn(mail -> mail.subject().equals("Label France Services suspendu")).singleElement()
        .satisfies(mail -> assertThat(mail.text()).contains("Deux visites sous le seuil",
            "http://localhost:8080/my-structure"));
    assertThat(mailbox.to(manager + "@relais.test")).as("the plan is asked once, by its task's e-mail")
        .filteredOn(mail -> mail.subject().contains("plan")).hasSize(1);
    assertThat(suspensionsTold(mailbox, "agent-35@relais.test")).isEqualTo(otherStructureToldBefore);
    assertThat(stored.frame()).as("a suspended structure is not drawn")
        .noneMatch(frame -> frame.structureId().toString().equals(structure));
    api.advanceClock(Duration.ofDays(21));
    JsonNode reinstated = labellisation.awaitStatus(structure, "LABELLED");
    assertThat(LabellisationSteps.events(reinstated)).containsSubsequence("MYSTERY_VISIT_FAILED",
        "CORRECTIVE_PLAN_WRITTEN", "MYSTERY_VISIT_FAILED_AGAIN", "LABEL_REVIEW_SUSPEND", "LABEL_REINSTATED");
  }

  private static long suspensionsTold(Mailbox mailbox, String address) {
    return mailbox.to(address).stream().filter(mail -> mail.subject().equals("Label France Services suspendu")).count();
  }

  /** A labelled structure of Ille-et-Vilaine whose yearly visit is due, on a day no campaign was drawn yet. */
  String labelledAndDue(String name) {
    String structure = labellisation.labelled(name);
    await().until(() -> LabellisationSteps.events(labellisation.structure(structure)),
        events -> events.contains("ENROLLED_IN_QUALITY_CONTROL"));
    jdbc.sql("update quality_enrolment set visit_due_by = ? where structure_id = ?")
        .params(Date.valueOf(labellisation.today()), UUID.fromString(structure)).update();
    api.advanceClock(Duration.ofDays(1));
    return structure;
  }

  String controlOf(String structure) {
    return await().until(() -> api.read(api.getJson("prefect-35", "/api/structures/" + structure + "/quality")),
        quality -> quality.get("controls").size() > 0).get("controls").get(0).get("control").get("id").asText();
  }

  private JsonNode awaitControlStatus(String structure, String status) {
    return await().atMost(Duration.ofSeconds(20)).until(
        () -> api.read(api.getJson("prefect-35", "/api/structures/" + structure + "/quality")),
        quality -> status.equals(quality.get("controls").get(0).get("control").get("status").asText()));
  }

  /** The structure's own account, as its invitation would have created it. */
  private String structureAccount(String structure) {
    String username = "manager-" + structure.substring(0, 8);
    users.createIfAbsent(new RelaisUser(username, "Gestionnaire", username + "@relais.test", Role.AGENT, null, null, UUID.fromString(structure),
        null), users.hash(RelaisApi.PASSWORD));
    return username;
  }

  private Map<String, Object> visitReport(int eachPoint) {
    Map<String, Object> report = new HashMap<>();
    report.put("visitDate", labellisation.today().toString());
    report.put("scenario", "FAMILLE");
    List.of("reception", "waitingTime", "completeness", "noUndueReorientation", "confidentiality",
        "openingHoursRespected", "onlineHelp").forEach(point -> report.put(point, eachPoint));
    report.put("remarks", "Visite un mardi matin, deux usagers en attente.");
    return report;
  }

  private JsonNode listed(String user, Campaign campaign) {
    JsonNode list = api.read(api.getJson(user, "/api/quality/campaigns"));
    return StreamSupport.stream(list.spliterator(), false)
        .filter(line -> line.get("id").asText().equals(campaign.id().toString())).findFirst().orElseThrow();
  }

  private static long drawnIn(Campaign campaign, String department) {
    return campaign.frame().stream()
        .filter(entry -> entry.department().equals(department) && campaign.sample().contains(entry.structureId()))
        .count();
  }


  private String page(String username, String path) throws Exception {
    return mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andReturn().getResponse()
        .getContentAsString();
  }

}
