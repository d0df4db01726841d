package fr.relais.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.RelaisApplication;
import fr.relais.labellisation.LabellisationProcess;
import fr.relais.support.OwnEngine;
import fr.relais.support.RelaisApi;
import fr.relais.support.StructureMother;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Relais stopped and started again in embedded mode: PostgreSQL keeps its data directory, the in-memory engine starts
 * empty and is given its instances back where they waited, every process alike. The auditor, with a new browser
 * session, finds the audit task again, the draft they left in it and the same deadline; the answer a referent sent
 * while the engine was going away reaches the restored step; the time the dev clock had reached is kept.
 */
@OwnEngine
class EngineRestartTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path dataDirectory;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private ConfigurableApplicationContext relais;

  @AfterEach
  void stopRelais() {
    if (relais != null) {
      relais.close();
    }
  }

  @Test
  void casesComeBackWhereTheyWaitedWithTheirDeadlinesDraftsAndClock() throws Exception {
    start();
    String referral = json.readTree(call("POST", "agent-35", "/api/referrals", RelaisApi.referralRequest("CAF")).body())
        .get("id").asText();
    JsonNode answerTask = awaitTask("referent-caf-35", referral, "Task_AnswerReferral");
    String id = json.readTree(call("POST", "prefect-35", "/api/structures",
        StructureMother.proposal("France Services de Saint-Méen-le-Grand")).body()).get("id").asText();
    JsonNode assigned = await().atMost(WAIT).until(() -> structure(id), s -> !s.get("auditor").isNull());
    String auditor = assigned.get("auditor").asText();
    String firstTask = awaitAuditTask(auditor, id).get("id").asText();
    Map<String, Object> draft = Map.of("remarks", "Accueil visité le matin, reste l'espace confidentiel.",
        "criteria[16].code", "FS-17", "criteria[16].result", "COMPLIANT");
    assertThat(call("PUT", auditor, "/api/tasks/" + firstTask + "/draft", draft).statusCode()).isEqualTo(200);

    // The referent answered just as the engine went away: stored, never delivered.
    relais.getBean(JdbcClient.class).sql("update task set state = 'SUBMITTED', submitted_by = 'referent-caf-35',"
            + " submitted_at = now(), submission = cast(? as jsonb) where id = ?")
        .params("{\"outcome\":\"ANSWERED\",\"answer\":\"Prime rétablie, versement le 5.\"}",
            UUID.fromString(answerTask.get("id").asText()))
        .update();
    Instant travelled = Instant.parse(json.readTree(call("POST", "admin", "/api/dev/clock/advance",
        Map.of("duration", "PT2H")).body()).get("now").asText());

    relais.close();
    start();

    assertThat(now()).as("the dev clock does not go back").isAfterOrEqualTo(travelled);
    JsonNode answered = await().atMost(WAIT).until(
        () -> json.readTree(call("GET", "agent-35", "/api/referrals/" + referral, null).body()),
        r -> r.get("status").asText().equals("ANSWERED"));
    assertThat(answered.toString()).as("the stored answer reached the restored step").contains("Prime rétablie");
    JsonNode task = awaitAuditTask(auditor, id);
    assertThat(task.get("id").asText()).as("a task of the new engine run").isNotEqualTo(firstTask);
    assertThat(task.get("dueAt").asText()).as("the deadline kept its date")
        .isEqualTo(assigned.get("auditDueAt").asText());
    JsonNode restored = json.readTree(call("GET", auditor, "/api/tasks/" + task.get("id").asText() + "/draft", null)
        .body());
    assertThat(restored.get("fields").get("remarks").asText()).isEqualTo(draft.get("remarks"));
    assertThat(restored.get("fields").get("criteria[16].result").asText()).isEqualTo("COMPLIANT");
    await().atMost(WAIT).until(() -> json.readTree(call("GET", auditor, "/api/tasks/" + firstTask, null).body())
        .get("state").asText(), state -> state.equals("WITHDRAWN"));

    JsonNode detail = json.readTree(call("GET", auditor, "/api/tasks/" + task.get("id").asText(), null).body());
    String today = LocalDate.ofInstant(now(), ZoneId.of("Europe/Paris")).toString();
    Map<String, Object> audit = Map.of("visitDate", today,
        "criteria", StreamSupport.stream(detail.get("formValues").get("criteria").spliterator(), false)
            .map(criterion -> Map.of("code", criterion.get("code").asText(), "result", "COMPLIANT")).toList());
    assertThat(call("POST", auditor, "/api/tasks/" + task.get("id").asText() + "/complete", audit).statusCode())
        .as("the restored instance moves on").isEqualTo(204);
    await().atMost(WAIT).until(() -> structure(id).get("status").asText(),
        status -> status.equals("AWAITING_NATIONAL_AGREEMENT"));
  }

  private void start() {
    // As command-line arguments: they win over application.yaml, as an operator's settings would.
    relais = new SpringApplicationBuilder(RelaisApplication.class).run(
        "--server.port=0",
        "--relais.database.data-directory=" + dataDirectory.resolve("postgres"),
        // The old run's tasks are withdrawn by the periodic check: often, so the test sees it.
        "--relais.tasks.retry-interval=PT1S");
  }

  private JsonNode structure(String id) throws Exception {
    return json.readTree(call("GET", "anct", "/api/structures/" + id, null).body());
  }

  private JsonNode awaitAuditTask(String auditor, String id) {
    return awaitTask(auditor, id, LabellisationProcess.AUDIT_TASK);
  }

  private JsonNode awaitTask(String user, String businessKey, String elementId) {
    return await().atMost(WAIT).until(() -> StreamSupport.stream(
            json.readTree(call("GET", user, "/api/tasks", null).body()).spliterator(), false)
        .filter(task -> task.get("businessKey").asText().equals(businessKey))
        .filter(task -> task.get("elementId").asText().equals(elementId))
        .findFirst().orElse(null), task -> task != null);
  }

  private Instant now() throws Exception {
    return Instant.parse(json.readTree(call("GET", "admin", "/api/dev/clock", null).body()).get("now").asText());
  }

  private HttpResponse<String> call(String method, String user, String path, Object body) throws Exception {
    int port = ((WebServerApplicationContext) relais).getWebServer().getPort();
    String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + credentials)
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
