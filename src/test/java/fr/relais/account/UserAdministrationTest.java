package fr.relais.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.security.UserAccounts;
import fr.relais.support.Mailbox;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** User administration through the API and the pages: who may manage whom, invitations, deactivation, CSV import. */
@RelaisSpringBootTest
class UserAdministrationTest {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;

  RelaisApi api;
  Mailbox mailbox;
  String suffix;

  @BeforeEach
  void setUp() {
    api = new RelaisApi(mvc, json);
    mailbox = new Mailbox(context);
    suffix = UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void theAdministratorCreatesAnAccountWhoseInvitationLinkLetsItsHolderChooseAPasswordOnce() throws Exception {
    String username = "ref-" + suffix;
    String email = "Camille.Martin." + suffix + "@caf.test";
    MockHttpServletResponse created = api.postJson("admin", "/api/users", referent(username, email, "35", "CAF"));

    assertThat(created.getStatus()).as(RelaisApi.body(created)).isEqualTo(201);
    assertThat(created.getHeader("Location")).isEqualTo("/api/users/" + username);
    JsonNode account = api.read(created);
    assertThat(account.get("displayName").asText()).isEqualTo("Camille Martin");
    assertThat(account.get("active").asBoolean()).isTrue();
    assertThat(account.has("passwordHash")).isFalse();
    String token = mailbox.passwordToken(email);
    assertThat(mailbox.newestTextTo(email)).contains(username, "http://localhost:8080/password/");
    assertThat(jdbc.sql("select count(*) from account_token where token_hash = ?").param(token)
        .query(Integer.class).single()).as("only the token's hash is stored").isZero();

    MockHttpServletResponse page = mvc.perform(get("/password/" + token)).andReturn().getResponse();
    assertThat(page.getContentAsString()).contains(username);
    MockHttpServletResponse tooShort = choose(token, "court", "court");
    assertThat(tooShort.getContentAsString()).contains("au moins 12 caractères");
    MockHttpServletResponse mismatch = choose(token, "une phrase assez longue", "une autre phrase longue");
    assertThat(mismatch.getContentAsString()).contains("La confirmation ne correspond pas");
    MockHttpServletResponse chosen = choose(token, "une phrase assez longue", "une phrase assez longue");
    assertThat(chosen.getRedirectedUrl()).isEqualTo("/login");

    MockHttpServletResponse me = mvc.perform(get("/api/me").with(httpBasic(username, "une phrase assez longue")))
        .andReturn().getResponse();
    assertThat(api.read(me).get("email").asText()).isEqualTo(email);
    assertThat(api.read(me).get("displayName").asText()).isEqualTo("Camille Martin");
    assertThat(api.read(me).get("groups").get(0).asText()).isEqualTo("referent:CAF:35");
    MockHttpServletResponse again = choose(token, "encore une autre phrase", "encore une autre phrase");
    assertThat(again.getContentAsString()).contains("déjà été utilisé");
    assertThat(mvc.perform(get("/api/me").with(httpBasic(username, "encore une autre phrase"))).andReturn()
        .getResponse().getStatus()).isEqualTo(401);
  }

  @Test
  void badInputIsRefusedFieldByFieldAndCreatesNothing() {
    Map<String, Object> bad = referent("Bad Name!", "not-an-address", "35", "CAF");
    bad.put("role", "KING");
    MockHttpServletResponse refused = api.postJson("admin", "/api/users", bad);
    assertThat(refused.getStatus()).isEqualTo(400);
    assertThat(api.read(refused).get("errors").fieldNames()).toIterable().contains("username", "email", "role");

    Map<String, Object> noScope = referent("ref-" + suffix, "x" + suffix + "@caf.test", null, null);
    MockHttpServletResponse missing = api.postJson("admin", "/api/users", noScope);
    assertThat(missing.getStatus()).isEqualTo(400);
    assertThat(api.read(missing).get("errors").fieldNames()).toIterable().contains("department", "operator");

    Map<String, Object> takenAddress = referent("ref-" + suffix, "referent-caf-35@relais.test", "35", "CAF");
    assertThat(api.read(api.postJson("admin", "/api/users", takenAddress)).get("errors").get("email").asText())
        .contains("déjà");
    MockHttpServletResponse unknownField = api.call("admin", patch("/api/users/referent-caf-35")
        .contentType(MediaType.APPLICATION_JSON).content("{\"role\":\"ADMIN\"}"));
    assertThat(unknownField.getStatus()).isEqualTo(400);
    assertThat(jdbc.sql("select count(*) from app_user where username = ?").param("ref-" + suffix)
        .query(Integer.class).single()).isZero();
    assertThat(api.read(api.getJson("admin", "/api/users/referent-caf-35")).get("role").asText())
        .isEqualTo("REFERENT");
  }

  @Test
  void hostileInputGetsFieldErrorsNeverA5xxAndChangesNothing() {
    Map<String, Object> nul = referent("nul-" + suffix, "nul-" + suffix + "@caf.test", "35", "CAF");
    nul.put("displayName", "Nom\u0000caché");
    Map<String, Object> wrongTypes = referent("types-" + suffix, "t-" + suffix + "@caf.test", "35", "CAF");
    wrongTypes.put("displayName", 42);
    wrongTypes.put("department", List.of("35", "14"));
    Map<String, Object> longName = referent("long-" + suffix, "l-" + suffix + "@caf.test", "35", "CAF");
    longName.put("displayName", "x".repeat(10_000));

    Map<Map<String, Object>, String> expected = Map.of(nul, "displayName", wrongTypes, "department", longName,
        "displayName");
    expected.forEach((body, field) -> {
      MockHttpServletResponse refused = api.postJson("admin", "/api/users", body);
      assertThat(refused.getStatus()).as(RelaisApi.body(refused)).isEqualTo(400);
      assertThat(api.read(refused).get("errors").has(field)).as(RelaisApi.body(refused)).isTrue();
    });
    for (String patch : List.of("{\"displayName\":\"a\\u0000b\"}", "{\"active\":\"oui\"}", "{\"email\":null}",
        "{\"email\":[\"x@y.fr\"]}", "[]", "not json")) {
      MockHttpServletResponse refused = api.call("admin", patch("/api/users/referent-caf-35")
          .contentType(MediaType.APPLICATION_JSON).content(patch));
      assertThat(refused.getStatus()).as(patch + " → " + RelaisApi.body(refused)).isEqualTo(400);
    }
    MockHttpServletResponse nulLine = api.call("admin", multipart("/api/users/import").file(new MockMultipartFile("file",
        "u.csv", "text/csv", ("username;displayName;email;role\nnul2-" + suffix + ";A\u0000B;n-" + suffix
            + "@caf.test;ANCT").getBytes(StandardCharsets.UTF_8))));
    assertThat(api.read(nulLine).get("errors").get(0).get("field").asText()).isEqualTo("displayName");
    assertThat(api.read(api.getJson("admin", "/api/users/referent-caf-35")).get("email").asText())
        .isEqualTo("referent-caf-35@relais.test");
    assertThat(jdbc.sql("select count(*) from app_user where username like ?").param("%-" + suffix)
        .query(Integer.class).single()).isZero();
    assertThat(api.getJson("admin", "/api/users?role=KING&colour=red").getStatus()).isEqualTo(400);
  }

  @Test
  void aPrefectManagesTheReferentsOfTheirDepartmentAndNothingElse() {
    MockHttpServletResponse own = api.postJson("prefect-35", "/api/users",
        referent("ref35-" + suffix, "r35-" + suffix + "@msa.test", "35", "MSA"));
    assertThat(own.getStatus()).as(RelaisApi.body(own)).isEqualTo(201);

    assertThat(api.postJson("prefect-35", "/api/users",
        referent("ref14-" + suffix, "r14-" + suffix + "@msa.test", "14", "MSA")).getStatus()).isEqualTo(403);
    Map<String, Object> anct = referent("anct-" + suffix, "a-" + suffix + "@anct.test", null, null);
    anct.put("role", "ANCT");
    assertThat(api.postJson("prefect-35", "/api/users", anct).getStatus()).isEqualTo(403);
    assertThat(patchUser("prefect-35", "referent-caf-14", Map.of("displayName", "Autre")).getStatus()).isEqualTo(403);
    assertThat(patchUser("prefect-35", "agent-35", Map.of("active", false)).getStatus()).isEqualTo(403);
    assertThat(patchUser("prefect-35", "ref35-" + suffix, Map.of("department", "14")).getStatus())
        .as("a referent cannot be moved out of the prefect's department").isEqualTo(403);
    assertThat(api.getJson("prefect-35", "/api/users?department=14").getStatus()).isEqualTo(403);
    assertThat(api.getJson("prefect-35", "/api/users/referent-caf-14").getStatus()).isEqualTo(403);
    assertThat(api.getJson("agent-35", "/api/users").getStatus()).isEqualTo(403);
    assertThat(api.getJson("anct", "/api/users").getStatus()).isEqualTo(403);
    assertThat(api.postJson("referent-caf-35", "/api/users",
        referent("x-" + suffix, "x-" + suffix + "@caf.test", "35", "CAF")).getStatus()).isEqualTo(403);

    JsonNode listed = api.read(api.getJson("prefect-35", "/api/users"));
    assertThat(listed).isNotEmpty().allSatisfy(account -> {
      assertThat(account.get("role").asText()).isEqualTo("REFERENT");
      assertThat(account.get("department").asText()).isEqualTo("35");
    });
    assertThat(patchUser("prefect-35", "ref35-" + suffix, Map.of("displayName", "Nouveau nom")).getStatus())
        .isEqualTo(200);
    assertThat(jdbc.sql("select count(*) from app_user where username in (?, ?)").params("ref14-" + suffix,
        "anct-" + suffix).query(Integer.class).single()).isZero();
  }

  @Test
  void deactivatingAnAccountStopsItsSignInAndGivesItsClaimedTasksBackToTheGroup() throws Exception {
    String username = "ref-" + suffix;
    String email = username + "@caf.test";
    assertThat(api.postJson("admin", "/api/users", referent(username, email, "35", "CAF")).getStatus()).isEqualTo(201);
    choose(mailbox.passwordToken(email), "une phrase assez longue", "une phrase assez longue");
    String referral = api.submitReferral("agent-35", "CAF");
    JsonNode task = api.awaitTask("referent-caf-35", referral, "Task_AnswerReferral");
    MockHttpServletResponse claimed = mvc.perform(post("/api/tasks/" + task.get("id").asText() + "/claim")
        .with(httpBasic(username, "une phrase assez longue"))).andReturn().getResponse();
    assertThat(claimed.getStatus()).isEqualTo(200);

    MockHttpServletResponse deactivated = patchUser("admin", username, Map.of("active", false));

    assertThat(deactivated.getStatus()).isEqualTo(200);
    assertThat(api.read(deactivated).get("active").asBoolean()).isFalse();
    assertThat(jdbc.sql("select assignee from task where id = cast(? as uuid)").param(task.get("id").asText())
        .query(String.class).optional()).isEmpty();
    assertThat(jdbc.sql("select detail from history_entry where case_id = cast(? as uuid) and event = 'TASK_RELEASED'")
        .param(referral).query(String.class).single()).contains("Camille Martin", "désactivé");
    assertThat(mvc.perform(get("/api/me").with(httpBasic(username, "une phrase assez longue"))).andReturn()
        .getResponse().getStatus()).isEqualTo(401);
    MockHttpServletResponse openSession = mvc.perform(get("/tasks").with(user(users.loadUserByUsername(username))))
        .andReturn().getResponse();
    assertThat(openSession.getRedirectedUrl()).as("a session opened before is ended").endsWith("/login?deactivated");
    assertThat(mvc.perform(get("/css/app.css").with(user(users.loadUserByUsername(username)))).andReturn()
        .getResponse().getStatus()).as("static assets are served without an account check").isEqualTo(200);
    assertThat(patchUser("admin", "admin", Map.of("active", false)).getStatus())
        .as("nobody deactivates their own account").isEqualTo(400);
  }

  @Test
  void aCsvImportCreatesTheValidLinesReportsTheOthersByLineAndFieldAndCreatesNothingTheSecondTime()
      throws Exception {
    String csv = String.join("\n",
        "username;displayName;email;role;department;operator",
        "imp1-" + suffix + ";Alice Dupont;imp1-" + suffix + "@caf.test;REFERENT;35;CAF",
        "imp2-" + suffix + ";Bruno Petit;pas-une-adresse;REFERENT;35;CAF",
        "imp3-" + suffix + ";Chloé Moreau;imp3-" + suffix + "@caf.test;REFERENT;14;CAF",
        "imp4-" + suffix + ";Denis Roux;imp4-" + suffix + "@msa.test;REFERENT;35;");

    JsonNode first = importCsv("prefect-35", csv);
    JsonNode second = importCsv("prefect-35", csv);

    assertThat(first.get("created")).extracting(JsonNode::asText).containsExactly("imp1-" + suffix);
    assertThat(first.get("errors")).extracting(e -> e.get("line").asInt() + ":" + e.get("field").asText())
        .containsExactlyInAnyOrder("3:email", "4:role", "5:operator");
    assertThat(second.get("created")).isEmpty();
    assertThat(second.get("alreadyPresent")).extracting(JsonNode::asText).containsExactly("imp1-" + suffix);
    assertThat(mailbox.countTo("imp1-" + suffix + "@caf.test")).as("one invitation, not two").isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from app_user where username like ?").param("imp%-" + suffix)
        .query(Integer.class).single()).isEqualTo(1);

    MockHttpServletResponse notUtf8 = api.call("admin", multipart("/api/users/import").file(new MockMultipartFile("file",
        "users.csv", "text/csv", "username;displayName\nx;Zo\u00e9".getBytes(StandardCharsets.ISO_8859_1))));
    assertThat(notUtf8.getStatus()).isEqualTo(400);
    assertThat(api.read(notUtf8).get("errors").get("file").asText()).contains("UTF-8");
    MockHttpServletResponse badHeader = api.call("admin", multipart("/api/users/import").file(new MockMultipartFile(
        "file", "users.csv", "text/csv", "nom,courriel\nx,y".getBytes(StandardCharsets.UTF_8))));
    assertThat(api.read(badHeader).get("errors").get("file").asText()).contains("première ligne");
    assertThat(api.call("agent-35", multipart("/api/users/import").file(new MockMultipartFile("file", "u.csv",
        "text/csv", csv.getBytes(StandardCharsets.UTF_8)))).getStatus()).isEqualTo(403);
  }

  @Test
  void theUsersPageCreatesAnAccountAndShowsFieldErrorsBesideTheirFields() throws Exception {
    var admin = user(users.loadUserByUsername("admin"));
    MockHttpServletResponse page = mvc.perform(get("/users").with(admin)).andReturn().getResponse();
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString()).contains("Utilisateurs", "Importer un fichier CSV", "referent-caf-35");
    assertThat(mvc.perform(get("/users/new").with(admin)).andReturn().getResponse().getContentAsString())
        .contains("Créer un compte", "name=\"email\"");

    MockHttpServletResponse refused = mvc.perform(post("/users").with(admin).with(csrf())
        .param("username", "page-" + suffix).param("displayName", "Eva Blanc").param("email", "nope")
        .param("role", "REFERENT").param("department", "35").param("operator", "CAF")).andReturn().getResponse();
    assertThat(refused.getStatus()).isEqualTo(200);
    assertThat(refused.getContentAsString()).contains("fr-input-group--error", "Eva Blanc");

    MockHttpServletResponse created = mvc.perform(post("/users").with(admin).with(csrf())
        .param("username", "page-" + suffix).param("displayName", "Eva Blanc").param("email", "page-" + suffix
            + "@caf.test").param("role", "REFERENT").param("department", "35").param("operator", "CAF"))
        .andReturn().getResponse();
    assertThat(created.getRedirectedUrl()).isEqualTo("/users");
    assertThat(mailbox.countTo("page-" + suffix + "@caf.test")).isEqualTo(1);
  }

  @Test
  void theNewAccountFormShowsTheScopeTheChosenRoleNeedsAndOnlyToWhoManagesAccounts() throws Exception {
    MockHttpServletResponse referent = mvc.perform(post("/users/new/hidden").param("role", "REFERENT")
        .with(user(users.loadUserByUsername("admin"))).with(csrf())).andReturn().getResponse();
    JsonNode visibility = json.readTree(referent.getContentAsString());
    assertThat(visibility.get("shown").toString()).contains("field-operator-group");
    assertThat(visibility.get("hidden").toString()).doesNotContain("field-operator-group");

    MockHttpServletResponse refused = mvc.perform(post("/users/new/hidden").param("role", "REFERENT")
        .with(user(users.loadUserByUsername("agent-35"))).with(csrf())).andReturn().getResponse();
    assertThat(refused.getStatus()).isEqualTo(403);
  }

  private JsonNode importCsv(String user, String csv) {
    MockHttpServletResponse response = api.call(user, multipart("/api/users/import").file(
        new MockMultipartFile("file", "users.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))));
    assertThat(response.getStatus()).as(RelaisApi.body(response)).isEqualTo(200);
    return api.read(response);
  }

  private MockHttpServletResponse patchUser(String actor, String username, Map<String, Object> changes) {
    return api.call(actor, patch("/api/users/" + username).contentType(MediaType.APPLICATION_JSON)
        .content(api.write(changes)));
  }

  private MockHttpServletResponse choose(String token, String password, String confirmation) throws Exception {
    return mvc.perform(post("/password/" + token).with(csrf()).param("password", password)
        .param("confirmation", confirmation)).andReturn().getResponse();
  }

  private static Map<String, Object> referent(String username, String email, String department, String operator) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("username", username);
    body.put("displayName", "Camille Martin");
    body.put("email", email);
    body.put("role", "REFERENT");
    if (department != null) {
      body.put("department", department);
    }
    if (operator != null) {
      body.put("operator", operator);
    }
    return body;
  }
}
