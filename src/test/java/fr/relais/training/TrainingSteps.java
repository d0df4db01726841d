package fr.relais.training;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import fr.relais.support.RelaisApi;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.springframework.mock.web.MockHttpServletResponse;

/** Training as the prefecture, the structures and the trainers do it, through the API. */
public final class TrainingSteps {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final RelaisApi api;

  public TrainingSteps(RelaisApi api) {
    this.api = api;
  }

  /** The training-session form's fields for a session starting that many days from the app's now, for a day. */
  public Map<String, Object> session(String module, String department, int inDays, String trainerBody) {
    Instant start = api.now().plus(Duration.ofDays(inDays));
    Map<String, Object> fields = new HashMap<>();
    fields.put("module", module);
    fields.put("place", "Salle du conseil, sous-préfecture");
    fields.put("start", start.atZone(PARIS).toOffsetDateTime().withNano(0).toString());
    fields.put("end", start.plus(Duration.ofHours(8)).atZone(PARIS).toOffsetDateTime().withNano(0).toString());
    fields.put("capacity", 20);
    fields.put("trainerBody", trainerBody);
    fields.put("department", department);
    fields.put("openToRegion", false);
    return fields;
  }

  public JsonNode schedule(String prefect, Map<String, Object> session) {
    MockHttpServletResponse created = api.postJson(prefect, "/api/training-sessions", session);
    if (created.getStatus() != 201) {
      throw new AssertionError("session not created: " + created.getStatus() + " " + RelaisApi.body(created));
    }
    return api.read(created);
  }

  public String addAgent(String structureAccount, String structureId, String fullName) {
    MockHttpServletResponse created = api.postJson(structureAccount, "/api/structures/" + structureId + "/agents",
        Map.of("fullName", fullName));
    if (created.getStatus() != 201) {
      throw new AssertionError("agent not added: " + created.getStatus() + " " + RelaisApi.body(created));
    }
    return api.read(created).get("id").asText();
  }

  JsonNode record(String user, String agentId) {
    return api.read(api.getJson(user, "/api/agents/" + agentId + "/training"));
  }

  /** Waits until the agent's record shows the module in that status, and returns the module's line. */
  public JsonNode awaitModule(String user, String agentId, String module, String status) {
    return await().atMost(WAIT).until(() -> moduleOf(record(user, agentId), module),
        line -> line != null && status.equals(line.get("status").asText()));
  }

  /** Moves the shared clock just past an instant of the API (ISO). */
  public void moveClockPast(String isoInstant) {
    Duration distance = Duration.between(api.now(), Instant.parse(isoInstant)).plus(Duration.ofMinutes(1));
    if (!distance.isNegative()) {
      api.advanceClock(distance);
    }
  }

  private static JsonNode moduleOf(JsonNode record, String module) {
    return StreamSupport.stream(record.get("modules").spliterator(), false)
        .filter(line -> module.equals(line.get("module").asText()))
        .findFirst().orElse(null);
  }
}
