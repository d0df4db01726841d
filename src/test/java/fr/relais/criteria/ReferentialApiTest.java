package fr.relais.criteria;

import static fr.relais.support.StructureMother.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.structure.Operator;
import fr.relais.structure.ReferenceData;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * ANCT publishes a version through the API and new proposals are judged by it, while cases already running keep
 * theirs. The context and database are shared by every test class, and a published version becomes everybody's
 * current one: a test that publishes removes its version again before it ends.
 */
@RelaisSpringBootTest
class ReferentialApiTest {

  private static final List<String> NON_ANCT = List.of("admin", "prefect-35", "auditor", "agent-35", "referent-caf-35",
      "escalation-caf", "visitor", "trainer");

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired ReferenceData referenceData;

  RelaisApi api;

  @BeforeEach
  void setUp() {
    api = new RelaisApi(mvc, json);
  }

  @Test
  void aPublishedVersionJudgesTheProposalsThatFollowWhileEarlierCasesKeepTheirs() {
    String earlier = propose("France Services de Redon, proposée avant");
    String version = "2025-test-" + UUID.randomUUID().toString().substring(0, 8);
    List<String> allActive = referenceData.activeOperators().stream().map(Operator::code).toList();
    try {
      MockHttpServletResponse published = api.postJson("anct", "/api/referentials", body(version, allActive));

      assertThat(published.getStatus()).as(RelaisApi.body(published)).isEqualTo(201);
      assertThat(published.getHeader("Location")).isEqualTo("/api/referentials/" + version);
      JsonNode created = api.read(published);
      assertThat(created.get("publishedBy").asText()).isEqualTo("anct");
      assertThat(created.get("current").asBoolean()).isTrue();
      assertThat(codes(created.get("criteria"), "code")).containsExactly("NV-01", "NV-10", "NV-20");
      assertThat(created.get("mandatoryOperators")).hasSize(12);
      JsonNode versions = api.read(api.getJson("prefect-35", "/api/referentials"));
      assertThat(versions.get(0).get("version").asText()).isEqualTo(version);
      assertThat(versions.get(0).get("criteriaCount").asInt()).isEqualTo(3);
      assertThat(versions.get(1).get("version").asText()).isEqualTo("2019");
      assertThat(versions.get(1).get("current").asBoolean()).isFalse();

      String later = propose("France Services de Redon, proposée après");

      JsonNode judged = awaitStatus(later, "DECLARATION_INCOMPLETE");
      assertThat(judged.get("referentialVersion").asText()).isEqualTo(version);
      assertThat(codes(judged.get("declarationGaps"), "code")).containsExactly("NV-10");
      assertThat(judged.get("declarationGaps").get(0).get("message").asText())
          .contains("Chèque énergie", "Anah", "Urssaf");
      JsonNode kept = awaitStatus(earlier, "AUDIT_PENDING");
      assertThat(kept.get("referentialVersion").asText()).isEqualTo("2019");
      assertThat(kept.get("declarationGaps")).isEmpty();
    } finally {
      withdraw(version);
    }
    assertThat(api.read(api.getJson("anct", "/api/referentials")).get(0).get("version").asText()).isEqualTo("2019");
  }

  @Test
  void aBadBodyIsRefusedFieldByFieldAndNothingIsStored() {
    Map<String, Integer> before = rowCounts();
    Map<String, Object> body = body("2025-refus", List.of("CAF", "MSA"));
    criteria(body).get(2).put("verifications", List.of("TELEPATHY"));
    criteria(body).get(2).put("minimum", 1);
    body.put("mandatoryOperators", List.of("CAF", "MSA", "INCONNU"));

    MockHttpServletResponse refused = api.postJson("anct", "/api/referentials", body);

    assertThat(refused.getStatus()).isEqualTo(400);
    JsonNode errors = api.read(refused).get("errors");
    assertThat(errors.fieldNames()).toIterable().containsExactlyInAnyOrder("mandatoryOperators[2]",
        "criteria[2].verifications[0]", "criteria[2].minimum");
    assertThat(errors.get("mandatoryOperators[2]").asText()).contains("INCONNU");
    assertThat(api.postJson("anct", "/api/referentials", "pas du json").getStatus()).isEqualTo(400);
    assertThat(api.postJson("anct", "/api/referentials", "[]").getStatus()).isEqualTo(400);
    assertThat(rowCounts()).isEqualTo(before);
    assertThat(api.getJson("anct", "/api/referentials/2025-refus").getStatus()).isEqualTo(404);
  }

  @Test
  void aPublishedVersionIsNeitherPublishedAgainNorChanged() {
    Map<String, Integer> before = rowCounts();

    MockHttpServletResponse again = api.postJson("anct", "/api/referentials", body("2019", List.of("CAF")));

    assertThat(again.getStatus()).isEqualTo(400);
    assertThat(api.read(again).get("errors").get("version").asText()).contains("déjà publiée");
    assertThat(api.call("anct", put("/api/referentials/2019").contentType(MediaType.APPLICATION_JSON)
        .content("{}")).getStatus()).isEqualTo(405);
    assertThat(api.call("anct", delete("/api/referentials/2019")).getStatus()).isEqualTo(405);
    assertThat(rowCounts()).isEqualTo(before);
    assertThat(api.read(api.getJson("anct", "/api/referentials/2019")).get("criteria")).hasSize(30);
  }

  @Test
  void aVersionThatWouldNeverBeCurrentIsRefused() {
    // A clock set back (an embedded engine restarted after time travel) must not hide a publication behind the
    // latest one: simulated by a version published far ahead of the clock.
    String ahead = "ahead-" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.sql("insert into referential (version, title, published_at, published_by)"
        + " values (?, 'En avance', now() + interval '100 years', 'anct')").param(ahead).update();
    try {
      Map<String, Integer> before = rowCounts();

      MockHttpServletResponse refused = api.postJson("anct", "/api/referentials", body("2025-late", List.of("CAF")));

      assertThat(refused.getStatus()).isEqualTo(409);
      assertThat(api.read(refused).get("error").asText()).contains("ne serait jamais appliquée");
      assertThat(rowCounts()).isEqualTo(before);
    } finally {
      withdraw(ahead);
    }
  }

  @Test
  void onlyAnctPublishes() {
    Map<String, Integer> before = rowCounts();

    for (String refused : NON_ANCT) {
      MockHttpServletResponse response = api.postJson(refused, "/api/referentials", body("2025-" + refused.length(),
          List.of("CAF")));
      assertThat(response.getStatus()).as(refused).isEqualTo(403);
    }
    assertThat(rowCounts()).isEqualTo(before);
  }

  @Test
  void anUnauthenticatedCallerIsAskedToSignIn() throws Exception {
    for (var request : List.of(post("/api/referentials").contentType(MediaType.APPLICATION_JSON).content("{}"),
        get("/api/referentials"), get("/api/referentials/2019"))) {
      MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
      assertThat(response.getStatus()).isEqualTo(401);
      assertThat(response.getContentAsString()).contains("Authentification requise");
    }
  }

  @Test
  void thoseWhoWorkWithTheCriteriaReadThemAndNobodyElse() {
    for (String reader : List.of("anct", "prefect-35", "prefect-14", "auditor")) {
      JsonNode versions = api.read(api.getJson(reader, "/api/referentials"));
      assertThat(StreamSupport.stream(versions.spliterator(), false)
          .filter(v -> v.get("version").asText().equals("2019")).findFirst().orElseThrow()
          .get("criteriaCount").asInt()).as(reader).isEqualTo(30);
      JsonNode v2019 = api.read(api.getJson(reader, "/api/referentials/2019"));
      assertThat(v2019.get("criteria")).as(reader).hasSize(30);
    }
    JsonNode v2019 = api.read(api.getJson("auditor", "/api/referentials/2019"));
    assertThat(v2019.get("current").asBoolean()).isTrue();
    assertThat(v2019.get("mandatoryOperators")).hasSize(9);
    JsonNode fs10 = v2019.get("criteria").get(9);
    assertThat(fs10.get("code").asText()).isEqualTo("FS-10");
    assertThat(fs10.get("measure").asText()).isEqualTo("NATIONAL_OPERATORS");
    assertThat(fs10.get("minimum").asInt()).isEqualTo(9);
    assertThat(codes(fs10.get("verifications"), null)).containsExactly("DECLARED", "DOCUMENT", "ON_SITE",
        "MYSTERY_VISIT");
    assertThat(v2019.get("criteria").get(2).get("measure").isNull()).isTrue();
    assertThat(api.getJson("anct", "/api/referentials/1999").getStatus()).isEqualTo(404);

    for (String refused : List.of("admin", "agent-35", "referent-caf-35", "escalation-caf", "visitor", "trainer")) {
      assertThat(api.getJson(refused, "/api/referentials").getStatus()).as(refused).isEqualTo(403);
      assertThat(api.getJson(refused, "/api/referentials/2019").getStatus()).as(refused).isEqualTo(403);
    }
  }

  /**
   * Removes a version published by a test. Proposals judged by it are this test's own cases, waiting for a
   * prefect who will never come: they are pointed back at 2019 so that the version's rows can go.
   */
  private void withdraw(String version) {
    jdbc.sql("update structure set referential_version = '2019' where referential_version = ?").param(version)
        .update();
    for (String table : List.of("referential_operator", "referential_criterion")) {
      jdbc.sql("delete from " + table + " where referential_version = ?").param(version).update();
    }
    jdbc.sql("delete from referential where version = ?").param(version).update();
  }

  private String propose(String name) {
    MockHttpServletResponse created = api.postJson("prefect-35", "/api/structures", proposal(name));
    assertThat(created.getStatus()).as(RelaisApi.body(created)).isEqualTo(201);
    return api.read(created).get("id").asText();
  }

  private JsonNode awaitStatus(String id, String status) {
    return await().atMost(Duration.ofSeconds(20)).until(() -> api.read(api.getJson("prefect-35",
        "/api/structures/" + id)), structure -> status.equals(structure.get("status").asText()));
  }

  /** A small version whose operators criterion asks for every mandatory operator. */
  private static Map<String, Object> body(String version, List<String> operators) {
    Map<String, Object> body = new HashMap<>();
    body.put("version", version);
    body.put("title", "Référentiel d'essai " + version);
    body.put("criteria", new ArrayList<>(List.of(
        criterion("NV-01", "Jours d'ouverture", "OPENING_DAYS_PER_WEEK", 5),
        criterion("NV-10", "Offre des partenaires", "NATIONAL_OPERATORS", operators.size()),
        criterion("NV-20", "Convention cadre départementale", null, null))));
    body.put("mandatoryOperators", operators);
    return body;
  }

  private static Map<String, Object> criterion(String code, String label, String measure, Integer minimum) {
    Map<String, Object> criterion = new HashMap<>();
    criterion.put("code", code);
    criterion.put("label", label);
    criterion.put("requirement", label + " : exigence de la version d'essai.");
    criterion.put("category", "Essai");
    criterion.put("verifications", measure == null ? List.of("DOCUMENT") : List.of("DECLARED", "ON_SITE"));
    criterion.put("measure", measure);
    criterion.put("minimum", minimum);
    return criterion;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> criteria(Map<String, Object> body) {
    return (List<Map<String, Object>>) body.get("criteria");
  }

  private static List<String> codes(JsonNode items, String field) {
    return StreamSupport.stream(items.spliterator(), false)
        .map(item -> field == null ? item.asText() : item.get(field).asText())
        .toList();
  }

  private Map<String, Integer> rowCounts() {
    Map<String, Integer> counts = new HashMap<>();
    for (String table : List.of("referential", "referential_criterion", "referential_operator")) {
      counts.put(table, jdbc.sql("select count(*) from " + table).query(Integer.class).single());
    }
    return counts;
  }
}
