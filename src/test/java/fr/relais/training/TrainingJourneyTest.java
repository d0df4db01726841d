package fr.relais.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
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
import fr.relais.support.StructureMother;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Agents trained module by module on the real engine and database, as prefectures, structures and trainers do it. */
@RelaisSpringBootTest
class TrainingJourneyTest {

  private static final List<String> MODULES = List.of("SOCLE_COMMUN", "SOCLE_DISTANCIEL", "METIERS_EMPLOI_RETRAITE",
      "METIERS_FAMILLE_SANTE", "METIERS_PAPIERS_JUSTICE");

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired UserAccounts users;

  RelaisApi api;
  TrainingSteps steps;

  @BeforeEach
  void setUp() {
    api = new RelaisApi(mvc, json);
    steps = new TrainingSteps(api);
  }

  @Test
  void anAgentTheStructureAddsIsConvenedToEachModuleAndCertifiedOnceTheTrainersRecordedThem() throws Exception {
    String structure = structureOf("agent-85");
    Map<String, String> sessionByModule = new LinkedHashMap<>();
    for (int i = 0; i < MODULES.size(); i++) {
      String module = MODULES.get(i);
      sessionByModule.put(module, steps.schedule("prefect-85", steps.session(module, "85", 2 + 2 * i,
          module.startsWith("SOCLE") ? "CNFPT" : "INSTITUT_4_10")).get("id").asText());
    }
    int certifiedBefore = readiness("agent-85", structure).get("certifiedAgents").asInt();
    String agent = steps.addAgent("agent-85", structure, "Inès Martin");
    steps.awaitModule("agent-85", agent, MODULES.get(0), "ENROLLED");
    assertThat(api.getJson("trainer2", "/api/agents/" + agent + "/training").getStatus())
        .as("Institut 4.10 has not had her in a session yet").isEqualTo(403);

    for (String module : MODULES) {
      JsonNode convened = steps.awaitModule("agent-85", agent, module, "ENROLLED");
      JsonNode session = api.read(api.getJson("prefect-85", "/api/training-sessions/" + sessionByModule.get(module)));
      assertThat(session.get("attendees").toString()).contains("Inès Martin");
      steps.moveClockPast(session.get("session").get("endsAt").asText());
      String trainer = module.startsWith("SOCLE") ? "trainer" : "trainer2";
      assertThat(api.getJson(trainer, "/api/agents/" + agent + "/training").getStatus()).as(trainer).isEqualTo(200);
      awaitAttendanceDue(trainer, agent);
      recordAttendance(trainer, sessionByModule.get(module), agent, "ATTENDED");
      steps.awaitModule("agent-85", agent, module, "ATTENDED");
      assertThat(convened.get("sessionPlace").asText()).contains("sous-préfecture");
    }

    JsonNode record = await().until(() -> steps.record("agent-85", agent),
        r -> r.get("agent").get("certifiedAt") != null && !r.get("agent").get("certifiedAt").isNull());
    assertThat(record.get("history").toString()).contains("CONVENED", "ATTENDED", "CERTIFIED");
    assertThat(readiness("agent-85", structure).get("certifiedAgents").asInt()).isEqualTo(certifiedBefore + 1);
    assertThat(readiness("agent-85", structure).get("required").asInt()).isEqualTo(2);
  }

  @Test
  void withoutASessionThePrefectureIsAskedAndCannotCloseTheTaskBeforeCreatingOne() throws Exception {
    String structure = structureOf("agent-14");
    String agent = steps.addAgent("agent-14", structure, "Louis Lefèvre");

    JsonNode task = api.awaitTask("prefect-14", agent, TrainingProcess.CREATE_SESSIONS_TASK);
    JsonNode detail = api.read(api.getJson("prefect-14", "/api/tasks/" + task.get("id").asText()));
    assertThat(detail.get("formValues").get("missing").asText()).contains("Socle commun", "Louis Lefèvre");
    assertThat(api.findTask("prefect-35", agent, TrainingProcess.CREATE_SESSIONS_TASK)).isNull();
    String page = taskPage("prefect-14", task);
    assertThat(page).contains("id=\"task-context\"", "Agent : Louis Lefèvre", "Module sans session",
        "<strong>Socle commun : accueil", "À planifier", "Inscrit(e) à la formation initiale.");
    assertThat(taskPageAs("prefect-35", task).getStatus()).isEqualTo(403);
    assertThat(mvc.perform(get("/tasks").with(user(users.loadUserByUsername("prefect-14")))).andReturn().getResponse()
        .getContentAsString()).as("the task list names the case by its agent").contains("Dossier formation de Louis Lefèvre");
    JsonNode refused = api.read(api.postJson("prefect-14", "/api/tasks/" + task.get("id").asText() + "/complete",
        Map.of("sessionsCreated", true)));
    assertThat(refused.get("errors").get("sessionsCreated").asText()).contains("créez-en une");

    steps.schedule("prefect-14", steps.session("SOCLE_COMMUN", "14", 7, "CNFPT"));
    assertThat(api.complete("prefect-14", task.get("id").asText(), Map.of("sessionsCreated", true))).isEqualTo(204);

    steps.awaitModule("agent-14", agent, "SOCLE_COMMUN", "ENROLLED");
  }

  @Test
  void anAbsentAgentIsConvenedToTheNextSessionOfTheModule() throws Exception {
    String structure = structureOf("agent-65");
    String first = steps.schedule("prefect-65", steps.session("SOCLE_COMMUN", "65", 2, "CNFPT")).get("id").asText();
    steps.schedule("prefect-65", steps.session("SOCLE_COMMUN", "65", 9, "CNFPT"));
    String agent = steps.addAgent("agent-65", structure, "Hugo Pujol");
    steps.awaitModule("agent-65", agent, "SOCLE_COMMUN", "ENROLLED");

    steps.moveClockPast(api.read(api.getJson("prefect-65", "/api/training-sessions/" + first)).get("session")
        .get("endsAt").asText());
    JsonNode attendance = api.awaitTask("trainer", agent, TrainingProcess.RECORD_ATTENDANCE_TASK);
    assertThat(taskPage("trainer", attendance)).contains("Session : Socle commun", "Agent : Hugo Pujol",
        "sous-préfecture", "prises sur", "/training/sessions/" + first, "Convoqué(e)");
    assertThat(taskPageAs("trainer2", attendance).getStatus()).isEqualTo(403);
    recordAttendance("trainer", first, agent, "ABSENT");

    JsonNode again = await().until(
        () -> steps.awaitModule("agent-65", agent, "SOCLE_COMMUN", "ENROLLED"), line -> line.get("attempts").asInt() == 2);
    assertThat(again.get("status").asText()).isEqualTo("ENROLLED");
  }

  @Test
  void aStructureReachingItsOpeningDayWithoutTwoTrainedAgentsGoesToThePrefectWhoAcceptsTheRisk() throws Exception {
    LabellisationSteps labellisation = new LabellisationSteps(api);
    Map<String, Object> proposal = StructureMother.proposal("France Services de Châteaugiron");
    LocalDate plannedOpening = labellisation.today().plusDays(5);
    proposal.put("plannedOpening", plannedOpening.toString());
    String structure = labellisation.labelled(proposal);
    await().until(() -> LabellisationSteps.events(labellisation.structure(structure)),
        events -> events.contains("AGENTS_HANDED_TO_TRAINING"));

    api.advanceClock(Duration.ofDays(6));

    JsonNode decision = api.awaitTask("prefect-35", structure, TrainingProcess.DECIDE_OPENING_TASK);
    JsonNode detail = api.read(api.getJson("prefect-35", "/api/tasks/" + decision.get("id").asText()));
    assertThat(detail.get("formValues").get("readiness").asText()).startsWith("0 agent(s) formé(s) sur 2");
    assertThat(api.findTask("prefect-14", structure, TrainingProcess.DECIDE_OPENING_TASK)).isNull();
    assertThat(taskPage("prefect-35", decision)).contains("France Services de Châteaugiron", "Ouverture prévue le",
        plannedOpening.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
        "0 sur 2 requis pour ouvrir", "décision du préfet");
    assertThat(taskPageAs("prefect-14", decision).getStatus()).isEqualTo(403);
    JsonNode tooLate = api.read(api.postJson("prefect-35", "/api/tasks/" + decision.get("id").asText() + "/complete",
        Map.of("openingDecision", "POSTPONE", "newOpeningDate", labellisation.today().plusYears(2).toString(),
            "reason", "Recrutement en cours.")));
    assertThat(tooLate.get("errors").get("newOpeningDate").asText()).contains("dans l'année");
    assertThat(api.complete("prefect-35", decision.get("id").asText(), Map.of("openingDecision", "ACCEPT_RISK",
        "reason", "Les deux agents finissent leur formation dans dix jours."))).isEqualTo(204);

    JsonNode decided = await().until(() -> labellisation.structure(structure),
        s -> LabellisationSteps.events(s).contains("OPENING_RISK_ACCEPTED"));
    assertThat(LabellisationSteps.events(decided)).containsSubsequence("NOT_READY_TO_OPEN", "OPENING_RISK_ACCEPTED");
  }

  /** The task's page as its person sees it: the case above the form. */
  private String taskPage(String user, JsonNode task) throws Exception {
    MockHttpServletResponse response = taskPageAs(user, task);
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsString();
  }

  private MockHttpServletResponse taskPageAs(String user, JsonNode task) throws Exception {
    return mvc.perform(get("/tasks/" + task.get("id").asText()).with(user(users.loadUserByUsername(user))))
        .andReturn().getResponse();
  }

  private String structureOf(String account) {
    return users.loadUserByUsername(account).user().structureId().toString();
  }

  private JsonNode readiness(String user, String structure) {
    return api.read(api.getJson(user, "/api/structures/" + structure + "/readiness"));
  }

  private void awaitAttendanceDue(String trainer, String agent) {
    api.awaitTask(trainer, agent, TrainingProcess.RECORD_ATTENDANCE_TASK);
  }

  /** The trainer's attendance sheet, sent from the session's page. */
  private void recordAttendance(String trainer, String session, String agent, String attendance) throws Exception {
    int status = mvc.perform(post("/training/sessions/" + session + "/attendance").param("attendance-" + agent,
            attendance).with(user(users.loadUserByUsername(trainer))).with(csrf()))
        .andReturn().getResponse().getStatus();
    assertThat(status).isEqualTo(302);
  }
}
