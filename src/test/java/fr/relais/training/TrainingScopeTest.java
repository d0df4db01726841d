package fr.relais.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.security.UserAccounts;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
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
import org.springframework.test.web.servlet.MvcResult;

/** Bad sessions are refused field by field and change nothing; each training endpoint refuses the wrong user. */
@RelaisSpringBootTest
class TrainingScopeTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired UserAccounts users;
  @Autowired JdbcClient jdbc;

  RelaisApi api;
  TrainingSteps steps;

  @BeforeEach
  void setUp() {
    api = new RelaisApi(mvc, json);
    steps = new TrainingSteps(api);
  }

  @Test
  void aSessionEndingBeforeItStartsOrWithoutSeatsIsRefusedAndNothingIsStored() {
    int before = sessions();
    Map<String, Object> backwards = steps.session("SOCLE_COMMUN", "35", 5, "CNFPT");
    backwards.put("end", steps.session("SOCLE_COMMUN", "35", 4, "CNFPT").get("start"));
    assertThat(errors(api.postJson("prefect-35", "/api/training-sessions", backwards))).containsKey("end");

    for (Object capacity : List.of(0, -3, "douze")) {
      Map<String, Object> noSeat = steps.session("SOCLE_COMMUN", "35", 5, "CNFPT");
      noSeat.put("capacity", capacity);
      assertThat(errors(api.postJson("prefect-35", "/api/training-sessions", noSeat))).as("capacity " + capacity)
          .containsKey("capacity");
    }
    Map<String, Object> past = steps.session("SOCLE_COMMUN", "35", -2, "CNFPT");
    assertThat(errors(api.postJson("prefect-35", "/api/training-sessions", past))).containsKey("start");
    Map<String, Object> unknown = steps.session("NOT_A_MODULE", "35", 5, "NOBODY");
    unknown.put("seatsTaken", 0);
    assertThat(errors(api.postJson("prefect-35", "/api/training-sessions", unknown)))
        .containsKeys("module", "trainerBody", "seatsTaken");
    assertThat(sessions()).isEqualTo(before);
  }

  @Test
  void onlyThePrefectureOfTheDepartmentSchedulesAndEditsItsSessions() {
    Map<String, Object> session = steps.session("SOCLE_COMMUN", "35", 5, "CNFPT");
    for (String refused : List.of("prefect-14", "anct", "trainer", "agent-35", "auditor", "admin")) {
      assertThat(api.postJson(refused, "/api/training-sessions", session).getStatus()).as(refused).isEqualTo(403);
    }
    String id = steps.schedule("prefect-35", session).get("id").asText();
    session.put("capacity", 30);
    assertThat(api.call("prefect-14", put("/api/training-sessions/" + id).contentType(MediaType.APPLICATION_JSON)
        .content(write(session))).getStatus()).isEqualTo(403);
    session.put("department", "14");
    assertThat(api.call("prefect-35", put("/api/training-sessions/" + id).contentType(MediaType.APPLICATION_JSON)
        .content(write(session))).getStatus()).as("moved to another department").isEqualTo(403);
    session.put("department", "35");
    assertThat(api.call("prefect-35", put("/api/training-sessions/" + id).contentType(MediaType.APPLICATION_JSON)
        .content(write(session))).getStatus()).isEqualTo(200);

    for (String refused : List.of("prefect-14", "trainer2", "agent-35")) {
      assertThat(api.getJson(refused, "/api/training-sessions/" + id).getStatus()).as(refused).isEqualTo(403);
    }
    for (String allowed : List.of("prefect-35", "trainer", "anct")) {
      assertThat(api.getJson(allowed, "/api/training-sessions/" + id).getStatus()).as(allowed).isEqualTo(200);
    }
  }

  @Test
  void aTrainerRecordsAttendanceOnlyForTheSessionsTheirBodyGives() throws Exception {
    String id = steps.schedule("prefect-35", steps.session("SOCLE_COMMUN", "35", 5, "CNFPT")).get("id").asText();
    MockHttpServletResponse foreign = mvc.perform(post("/training/sessions/" + id + "/attendance")
            .param("attendance-" + UUID.randomUUID(), "ATTENDED")
            .with(user(users.loadUserByUsername("trainer2"))).with(csrf()))
        .andReturn().getResponse();
    assertThat(foreign.getStatus()).isEqualTo(403);
    MvcResult wrongValue = mvc.perform(post("/training/sessions/" + id + "/attendance")
            .param("attendance-" + UUID.randomUUID(), "PRESENT").param("attendance-not-an-id", "ATTENDED")
            .with(user(users.loadUserByUsername("trainer"))).with(csrf()))
        .andReturn();
    assertThat(wrongValue.getResponse().getStatus()).as("said on the session's page, nothing recorded")
        .isEqualTo(302);
    assertThat(wrongValue.getFlashMap().get("errorMessage").toString()).startsWith("Aucune présence enregistrée");
    assertThat(mvc.perform(get("/training/sessions/" + id).with(user(users.loadUserByUsername("trainer2"))))
        .andReturn().getResponse().getStatus()).isEqualTo(403);
    assertThat(mvc.perform(get("/training/sessions/" + id).with(user(users.loadUserByUsername("trainer"))))
        .andReturn().getResponse().getContentAsString()).contains("Socle commun").doesNotContain("Exception");
  }

  @Test
  void aStructuresTeamAndRecordsAreItsOwnItsPrefecturesAndAnctsOnly() {
    String structure = users.loadUserByUsername("agent-35").user().structureId().toString();
    String agent = steps.addAgent("agent-35", structure, "Maëlle Guillou " + UUID.randomUUID());

    for (String refused : List.of("agent-14", "prefect-14", "referent-caf-35", "trainer2", "auditor")) {
      assertThat(api.getJson(refused, "/api/agents/" + agent + "/training").getStatus()).as(refused).isEqualTo(403);
      assertThat(api.getJson(refused, "/api/structures/" + structure + "/readiness").getStatus()).as(refused)
          .isEqualTo(403);
    }
    for (String allowed : List.of("agent-35", "prefect-35", "anct")) {
      assertThat(api.getJson(allowed, "/api/agents/" + agent + "/training").getStatus()).as(allowed).isEqualTo(200);
      assertThat(api.getJson(allowed, "/api/structures/" + structure + "/readiness").getStatus()).as(allowed)
          .isEqualTo(200);
    }
    for (String refused : List.of("agent-14", "prefect-35", "anct")) {
      assertThat(api.postJson(refused, "/api/structures/" + structure + "/agents", Map.of("fullName", "Intrus"))
          .getStatus()).as(refused).isEqualTo(403);
    }
    assertThat(errors(api.postJson("agent-35", "/api/structures/" + structure + "/agents", Map.of("fullName", ""))))
        .containsKey("fullName");
    JsonNode team = api.read(api.getJson("agent-35", "/api/structures/" + structure + "/agents"));
    String existing = team.get("agents").get(0).get("fullName").asText();
    assertThat(errors(api.postJson("agent-35", "/api/structures/" + structure + "/agents",
        Map.of("fullName", existing)))).containsEntry("fullName", existing + " fait déjà partie de l'équipe.");
  }

  @Test
  void theTrainingPagesShowTheirReadersWhatIsTheirsAndRefuseOthers() throws Exception {
    assertThat(page("prefect-35", "/training/sessions")).contains("Calendrier des formations", "Programmer une session");
    assertThat(page("trainer", "/training/sessions")).contains("Calendrier des formations")
        .doesNotContain("Programmer une session");
    assertThat(page("prefect-35", "/training/sessions/new")).contains("Organisme formateur", "35 — Ille-et-Vilaine")
        .doesNotContain("14 — Calvados");
    MockHttpServletResponse invalid = mvc.perform(post("/training/sessions").param("module", "SOCLE_COMMUN")
        .param("capacity", "0").with(user(users.loadUserByUsername("prefect-35"))).with(csrf())).andReturn()
        .getResponse();
    assertThat(invalid.getContentAsString()).contains("Le formulaire contient des erreurs").doesNotContain("Exception");

    MockHttpServletResponse added = mvc.perform(post("/my-structure/agents").param("fullName", "Nour Haddad " + UUID
        .randomUUID()).with(user(users.loadUserByUsername("agent-35"))).with(csrf())).andReturn().getResponse();
    assertThat(added.getRedirectedUrl()).isEqualTo("/my-structure");
    String team = page("agent-35", "/my-structure");
    assertThat(team).contains("Nour Haddad", "agent(s) formé(s) sur 2 requis");

    for (String[] refused : new String[][] {{"agent-35", "/training/sessions"}, {"prefect-35", "/my-structure"},
        {"trainer", "/training/sessions/new"}, {"auditor", "/training/sessions"}}) {
      assertThat(mvc.perform(get(refused[1]).with(user(users.loadUserByUsername(refused[0])))).andReturn()
          .getResponse().getStatus()).as(refused[0] + " " + refused[1]).isEqualTo(403);
    }
  }

  private String page(String username, String path) throws Exception {
    MockHttpServletResponse response = mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
        .andReturn().getResponse();
    assertThat(response.getStatus()).as(username + " " + path).isEqualTo(200);
    return response.getContentAsString();
  }

  private Map<String, String> errors(MockHttpServletResponse response) {
    assertThat(response.getStatus()).as(RelaisApi.body(response)).isEqualTo(400);
    return json.convertValue(api.read(response).get("errors"), Map.class);
  }

  private int sessions() {
    return jdbc.sql("select count(*) from training_session").query(Integer.class).single();
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
