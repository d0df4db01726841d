package fr.relais.labellisation;

import static fr.relais.support.StructureMother.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.security.UserAccounts;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A prefect's proposal through the API: stored, started, its declaration checked, scoped to the department. */
@RelaisSpringBootTest
class StructureProposalTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;

  RelaisApi api;

  @BeforeEach
  void setUp() {
    api = new RelaisApi(mvc, json);
  }

  @Test
  void aCompleteProposalIsStoredInThePrefectsDepartmentAndGoesToAudit() {
    MockHttpServletResponse created = api.postJson("prefect-35", "/api/structures", proposal("France Services de Redon"));

    assertThat(created.getStatus()).as(RelaisApi.body(created)).isEqualTo(201);
    JsonNode structure = api.read(created);
    assertThat(structure.get("department").asText()).isEqualTo("35");
    assertThat(structure.get("referentialVersion").asText()).isEqualTo("2019");
    assertThat(structure.get("declaration").get("agents")).hasSize(2);

    JsonNode checked = awaitStatus("prefect-35", structure.get("id").asText(), "AUDIT_PENDING");
    assertThat(events(checked)).containsSubsequence("PROPOSED", "DECLARATION_CHECKED");
    assertThat(checked.get("declarationGaps")).isEmpty();
  }

  @Test
  void aShortWeekIsFoundIncompleteWithTheCriteriaItMisses() {
    Map<String, Object> proposal = proposal("France Services de Guichen");
    proposal.put("hoursFriday", "");
    proposal.put("operators", List.of("CAF", "MSA"));

    String id = api.read(api.postJson("prefect-35", "/api/structures", proposal)).get("id").asText();

    JsonNode checked = awaitStatus("prefect-35", id, "DECLARATION_INCOMPLETE");
    assertThat(StreamSupport.stream(checked.get("declarationGaps").spliterator(), false)
        .map(gap -> gap.get("code").asText())).containsExactly("FS-01", "FS-02", "FS-10");
    assertThat(checked.get("declarationGaps").get(1).get("message").asText())
        .contains("déclaré 22, requis au moins 24");
  }

  @Test
  void badFieldsAreRefusedOneByOneAndNothingIsStored() {
    int before = structureCount();
    Map<String, Object> proposal = proposal("<script>alert(1)</script>");
    proposal.put("hoursMonday", "25:00-26:00");
    proposal.put("hoursTuesday", "14:00-09:00");
    proposal.put("postalCode", "3560");
    proposal.put("confidentialRooms", "beaucoup");
    proposal.put("department", "14");
    proposal.put("agents", "Claire Martin\n" + "X".repeat(250));

    MockHttpServletResponse refused = api.postJson("prefect-35", "/api/structures", proposal);

    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(api.read(refused).get("errors").fieldNames()).toIterable()
        .contains("hoursMonday", "postalCode", "confidentialRooms", "department", "agents");
    proposal.put("agents", "Claire Martin\nYanis Benali");
    proposal.remove("department");
    proposal.put("hoursMonday", "09:00-12:00");
    proposal.put("postalCode", "35600");
    proposal.put("confidentialRooms", 1);
    MockHttpServletResponse backwards = api.postJson("prefect-35", "/api/structures", proposal);
    assertThat(api.read(backwards).get("errors").get("hoursTuesday").asText()).contains("se termine avant de commencer");
    assertThat(structureCount()).isEqualTo(before);
  }

  @Test
  void onlyAPrefectProposesAndEachSeesTheirOwnDepartment() {
    String id = api.read(api.postJson("prefect-35", "/api/structures", proposal("France Services de Bain"))).get("id")
        .asText();

    for (String refused : List.of("agent-35", "auditor", "anct", "referent-caf-35", "admin")) {
      assertThat(api.postJson(refused, "/api/structures", proposal("Intrus")).getStatus()).as(refused).isEqualTo(403);
    }
    for (String refused : List.of("prefect-14", "agent-35", "referent-caf-35", "admin", "visitor")) {
      assertThat(api.getJson(refused, "/api/structures/" + id).getStatus()).as(refused).isEqualTo(403);
    }
    assertThat(api.getJson("anct", "/api/structures/" + id).getStatus()).isEqualTo(200);
    assertThat(api.getJson("prefect-14", "/api/structures?department=35").getStatus()).isEqualTo(403);
    assertThat(api.getJson("agent-35", "/api/structures").getStatus()).isEqualTo(403);

    JsonNode labelled35 = api.read(api.getJson("prefect-35", "/api/structures?department=35&status=LABELLED"));
    assertThat(labelled35).isNotEmpty().allSatisfy(structure -> {
      assertThat(structure.get("department").asText()).isEqualTo("35");
      assertThat(structure.get("status").asText()).isEqualTo("LABELLED");
    });
    JsonNode own = api.read(api.getJson("prefect-14", "/api/structures"));
    assertThat(own).allSatisfy(structure -> assertThat(structure.get("department").asText()).isEqualTo("14"));
  }

  @Test
  void thePrefectProposesThroughThePageAndNamesAreShownEscaped() throws Exception {
    MockHttpServletRequestBuilder page = post("/structures")
        .with(user(users.loadUserByUsername("prefect-35"))).with(csrf());
    proposal("<b>France Services</b> de Fougères").forEach((field, value) -> {
      if (value instanceof List<?> values) {
        values.forEach(item -> page.param(field, String.valueOf(item)));
      } else {
        page.param(field, String.valueOf(value));
      }
    });

    MockHttpServletResponse proposed = mvc.perform(page).andReturn().getResponse();

    assertThat(proposed.getStatus()).isEqualTo(302);
    String id = proposed.getRedirectedUrl().substring("/structures/".length());
    String html = mvc.perform(get("/structures/" + id).with(user(users.loadUserByUsername("prefect-35"))))
        .andReturn().getResponse().getContentAsString();
    assertThat(html).contains("&lt;b&gt;France Services&lt;/b&gt; de Fougères").doesNotContain("<b>France Services</b>");
    assertThat(mvc.perform(get("/structures/" + id).with(user(users.loadUserByUsername("prefect-14"))))
        .andReturn().getResponse().getStatus()).isEqualTo(403);

    MockHttpServletResponse invalid = mvc.perform(post("/structures").param("name", "")
        .with(user(users.loadUserByUsername("prefect-35"))).with(csrf())).andReturn().getResponse();
    assertThat(invalid.getStatus()).isEqualTo(200);
    assertThat(invalid.getContentAsString()).contains("Le formulaire contient des erreurs");
  }

  private JsonNode awaitStatus(String user, String id, String status) {
    return await().atMost(Duration.ofSeconds(20)).until(() -> api.read(api.getJson(user, "/api/structures/" + id)),
        structure -> status.equals(structure.get("status").asText()));
  }

  private static List<String> events(JsonNode structure) {
    return StreamSupport.stream(structure.get("history").spliterator(), false)
        .map(entry -> entry.get("event").asText())
        .toList();
  }

  private int structureCount() {
    return jdbc.sql("select count(*) from structure").query(Integer.class).single();
  }
}
