package fr.relais.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.labellisation.LabellisationProcess;
import fr.relais.security.UserAccounts;
import fr.relais.support.LabellisationSteps;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import fr.relais.support.StructureMother;
import fr.relais.training.TrainingProcess;
import fr.relais.training.TrainingSteps;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each role's home page against the real database and engine: the counts it shows, the cases it lists, and that a
 * case of another scope (structure, department, auditor, training body) stays off it. The engine clock and the data
 * are shared with other tests, so counts are compared before and after this test's own cases, or with the task API.
 */
@RelaisSpringBootTest
class HomePageTest {

  private static final Pattern FIGURE =
      Pattern.compile("data-figure=\"([^\"]+)\">\\s*<strong class=\"relais-figure__value\">([^<]+)</strong>");

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired UserAccounts users;

  RelaisApi api;
  LabellisationSteps labellisation;

  @BeforeEach
  void setUp() {
    api = new RelaisApi(mvc, json);
    labellisation = new LabellisationSteps(api);
  }

  @Test
  void anAgentSeesItsReferralsByWhereTheyStandAndNotAnotherStructures() throws Exception {
    int openBefore = figure(home("agent-35"), "open");
    int answeredBefore = figure(home("agent-35"), "answered");
    String mine = api.submitReferral("agent-35", "CAF");
    String theirs = api.submitReferral("agent-14", "CAF");
    api.awaitTask("referent-caf-35", mine, "Task_AnswerReferral");

    String html = home("agent-35");
    assertThat(figure(html, "open")).isEqualTo(openBefore + 1);
    assertThat(html).contains("Nouvelle saisine", "href=\"/referrals/new\"", "data-referral-id=\"" + mine + "\"")
        .doesNotContain(theirs);

    JsonNode task = api.awaitTask("referent-caf-35", mine, "Task_AnswerReferral");
    api.complete("referent-caf-35", task.get("id").asText(), Map.of("outcome", "ANSWERED", "answer", "Réglé."));
    api.awaitReferral("agent-35", mine, "ANSWERED");
    String answered = home("agent-35");
    assertThat(figure(answered, "answered")).isEqualTo(answeredBefore + 1);
    assertThat(figure(answered, "open")).isEqualTo(openBefore);
    assertThat(answered).contains("Répondues", "Prendre connaissance de la réponse");
  }

  @Test
  void aReferentSeesItsTasksWithHowManyAreLateOrDueWithinADay() throws Exception {
    String id = api.submitReferral("agent-84", "MSA");
    JsonNode task = api.awaitTask("referent-msa-84", id, "Task_AnswerReferral");
    Instant dueAt = Instant.parse(task.get("dueAt").asText());
    api.advanceClock(Duration.between(api.now(), dueAt).minusHours(12));

    String html = home("referent-msa-84");
    assertThat(html).contains("Saisines à traiter", "data-task-id=\"" + task.get("id").asText() + "\"");
    Instant now = api.now();
    JsonNode open = api.read(api.getJson("referent-msa-84", "/api/tasks"));
    assertThat(figure(html, "total")).isEqualTo(open.size());
    assertThat(figure(html, "due-soon")).isPositive().isEqualTo(count(open, due -> !due.isBefore(now)
        && due.isBefore(now.plus(Duration.ofHours(24)))));
    assertThat(figure(html, "overdue")).isEqualTo(count(open, due -> due.isBefore(now)));
    assertThat(home("referent-msa-35")).as("another department's referent").doesNotContain(id)
        .doesNotContain(task.get("id").asText());
  }

  @Test
  void aPrefectSeesItsDepartmentStructuresDecisionsAndTrainingSessions() throws Exception {
    int pendingBefore = optionalFigure(home("prefect-35"), "structures-AUDIT_PENDING").orElse(0);
    String place = "Salle " + UUID.randomUUID();
    TrainingSteps training = new TrainingSteps(api);
    Map<String, Object> session = training.session("SOCLE_COMMUN", "35", 1, "CNFPT");
    session.put("place", place);
    training.schedule("prefect-35", session);

    String structure = labellisation.proposeComplete("Maison France services " + UUID.randomUUID());

    String html = home("prefect-35");
    assertThat(html).contains("Votre département (35)", "Audit à réaliser", place);
    assertThat(figure(html, "structures-AUDIT_PENDING")).isEqualTo(pendingBefore + 1);
    assertThat(home("prefect-14")).as("another department's prefect").doesNotContain(place)
        .doesNotContain("Votre département (35)");

    // The table lists the eight most urgent; a decision without a due date may fall beyond them in a busy database.
    int waitingBefore = figure(home("prefect-35"), "total");
    labellisation.submitAudit(structure, Map.of());
    labellisation.approveNationally(structure);
    JsonNode decision = api.awaitTask("prefect-35", structure, LabellisationProcess.LABEL_DECISION_TASK);
    assertThat(figure(home("prefect-35"), "total")).as("the label decision joins the decisions waiting")
        .isEqualTo(waitingBefore + 1);
    assertThat(home("prefect-14")).doesNotContain(decision.get("id").asText());
  }

  @Test
  void anctSeesAgreementsWaitingReferralDelaysAndRoutingGaps() throws Exception {
    String before = home("anct");
    String structure = labellisation.proposeComplete("Maison France services " + UUID.randomUUID());
    labellisation.submitAudit(structure, Map.of());
    JsonNode agreement = api.awaitTask("anct", structure, LabellisationProcess.NATIONAL_AGREEMENT_TASK);
    users.setActive("referent-urssaf-85", false);
    users.setActive("referent2-urssaf-85", false);
    try {
      String gap = api.submitReferral("agent-85", "URSSAF");
      api.awaitReferral("anct", gap, "ESCALATED");

      String html = home("anct");
      assertThat(html).contains("Avis préalables attendus", "data-task-id=\"" + agreement.get("id").asText() + "\"")
          .contains("Saisines sans référent", "href=\"/referrals/" + gap + "\"");
      assertThat(figure(html, "routing-gaps")).isGreaterThan(figure(before, "routing-gaps"));
      assertThat(figure(html, "referrals-pool")).isEqualTo(figure(before, "referrals-pool") + 1);
      assertThat(figure(html, "referrals-waiting")).isEqualTo(figure(before, "referrals-waiting") + 1);
    } finally {
      users.setActive("referent-urssaf-85", true);
      users.setActive("referent2-urssaf-85", true);
    }
  }

  @Test
  void anAuditorSeesItsAuditsWithTheirDatesAndNotAnotherAuditors() throws Exception {
    String structure = labellisation.proposeComplete(StructureMother.proposal("Maison " + UUID.randomUUID()));
    String auditor = labellisation.auditor(structure);
    api.awaitTask(auditor, structure, LabellisationProcess.AUDIT_TASK);
    String other = auditor.equals("auditor") ? "auditor2" : "auditor";

    String html = home(auditor);
    assertThat(html).contains("Audits à réaliser", "data-structure-id=\"" + structure + "\"", "Audit avant le");
    assertThat(figure(html, "total")).isEqualTo(api.read(api.getJson(auditor, "/api/tasks")).size());
    assertThat(home(other)).doesNotContain(structure);
  }

  @Test
  void aTrainerSeesTheSessionsWhoseAttendanceIsDueAndNotAnotherBodys() throws Exception {
    TrainingSteps training = new TrainingSteps(api);
    String session = training.schedule("prefect-08", training.session("SOCLE_COMMUN", "08", 1, "CNFPT"))
        .get("id").asText();
    String structure = users.loadUserByUsername("agent-08").user().structureId().toString();
    String agent = training.addAgent("agent-08", structure, "Jeanne Home");
    training.awaitModule("agent-08", agent, "SOCLE_COMMUN", "ENROLLED");
    training.moveClockPast(api.read(api.getJson("prefect-08", "/api/training-sessions/" + session)).get("session")
        .get("endsAt").asText());
    api.awaitTask("trainer", agent, TrainingProcess.RECORD_ATTENDANCE_TASK);

    String html = home("trainer");
    assertThat(html).contains("Présences à enregistrer", "data-session-id=\"" + session + "\"");
    assertThat(figure(html, "attendance-due")).isPositive();
    assertThat(home("trainer2")).doesNotContain(session);
  }

  @Test
  void aVisitorSeesItsVisitsAndAnAdministratorIsPointedToItsTasks() throws Exception {
    String visitor = home("visitor");
    assertThat(visitor).contains("Visites mystère à effectuer");
    assertThat(figure(visitor, "total")).isEqualTo(api.read(api.getJson("visitor", "/api/tasks")).size());

    assertThat(home("admin")).contains("Rien ne vous attend ici", "href=\"/tasks\"").doesNotContain("data-figure");
  }

  @Test
  void eachRoleSeesOnlyItsOwnParts() throws Exception {
    assertThat(home("agent-35")).contains("Vos saisines").doesNotContain("Saisines à traiter", "Le programme national");
    assertThat(home("escalation-caf")).contains("Saisines escaladées à votre pôle").doesNotContain("Vos saisines");
    assertThat(home("anct")).contains("Le programme national").doesNotContain("Votre département");
  }

  @Test
  void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
    MockHttpServletResponse response = mvc.perform(get("/")).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(302);
    assertThat(response.getRedirectedUrl()).endsWith("/login");
  }

  private String home(String username) throws Exception {
    MockHttpServletResponse response = mvc.perform(get("/").with(user(users.loadUserByUsername(username))))
        .andReturn().getResponse();
    assertThat(response.getStatus()).as(username).isEqualTo(200);
    String html = response.getContentAsString();
    assertThat(html).doesNotContain("Exception", "Whitelabel");
    return html;
  }

  private static int figure(String html, String name) {
    return optionalFigure(html, name).orElseThrow(() -> new AssertionError("no figure " + name));
  }

  /** A count the page leaves out when it is zero (a status no structure has). */
  private static Optional<Integer> optionalFigure(String html, String name) {
    Matcher matcher = FIGURE.matcher(html);
    while (matcher.find()) {
      if (matcher.group(1).equals(name)) {
        return Optional.of(Integer.parseInt(matcher.group(2).trim()));
      }
    }
    return Optional.empty();
  }

  /** Tasks of an API list with a due date that matches. */
  private static int count(JsonNode tasks, Predicate<Instant> due) {
    return (int) StreamSupport.stream(tasks.spliterator(), false)
        .filter(task -> !task.get("dueAt").isNull() && due.test(Instant.parse(task.get("dueAt").asText())))
        .count();
  }
}
