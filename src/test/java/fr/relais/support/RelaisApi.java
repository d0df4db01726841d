package fr.relais.support;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The JSON API as the demo users call it (HTTP Basic, password {@code demo}), for full-stack tests. */
public final class RelaisApi {

  public static final String PASSWORD = "demo";
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final MockMvc mvc;
  private final ObjectMapper json;

  public RelaisApi(MockMvc mvc, ObjectMapper json) {
    this.mvc = mvc;
    this.json = json;
  }

  public MockHttpServletResponse call(String user, MockHttpServletRequestBuilder request) {
    try {
      return mvc.perform(request.with(httpBasic(user, PASSWORD))).andReturn().getResponse();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public MockHttpServletResponse getJson(String user, String path) {
    return call(user, get(path).accept(MediaType.APPLICATION_JSON));
  }

  public MockHttpServletResponse postJson(String user, String path, Object body) {
    return call(user, post(path).contentType(MediaType.APPLICATION_JSON).content(write(body)));
  }

  public JsonNode read(MockHttpServletResponse response) {
    try {
      return json.readTree(response.getContentAsString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Submits a referral to CAF as the given agent and returns its id. */
  public String submitReferral(String agent, String operator) {
    MockHttpServletResponse response = postJson(agent, "/api/referrals", referralRequest(operator));
    if (response.getStatus() != 201) {
      throw new AssertionError("referral not created: " + response.getStatus() + " " + body(response));
    }
    return read(response).get("id").asText();
  }

  public static Map<String, Object> referralRequest(String operator) {
    return Map.of(
        "operator", operator,
        "lifeSituation", "SOCIAL_FAMILLE",
        "subject", "Prime d'activité suspendue",
        "description", "La prime d'activité est suspendue depuis trois mois sans explication malgré deux relances.",
        "citizenName", "Camille Martin",
        "consent", true);
  }

  /** Waits until the user sees an open task of the case at that BPMN element, and returns it. */
  public JsonNode awaitTask(String user, String businessKey, String elementId) {
    return await().atMost(WAIT).until(() -> findTask(user, businessKey, elementId), task -> task != null);
  }

  public JsonNode findTask(String user, String businessKey, String elementId) {
    JsonNode tasks = read(getJson(user, "/api/tasks"));
    return StreamSupport.stream(tasks.spliterator(), false)
        .filter(task -> businessKey.equals(task.get("businessKey").asText()))
        .filter(task -> elementId.equals(task.get("elementId").asText()))
        .findFirst()
        .orElse(null);
  }

  public JsonNode awaitReferral(String user, String id, String status) {
    return await().atMost(WAIT).until(() -> read(getJson(user, "/api/referrals/" + id)),
        referral -> status.equals(referral.get("status").asText()));
  }

  public int complete(String user, String taskId, Map<String, Object> fields) {
    return postJson(user, "/api/tasks/" + taskId + "/complete", fields).getStatus();
  }

  public Instant now() {
    return Instant.parse(read(getJson("admin", "/api/dev/clock")).get("now").asText());
  }

  /** Advances the shared engine clock as admin and returns the new time. */
  public String advanceClock(Duration duration) {
    MockHttpServletResponse response =
        postJson("admin", "/api/dev/clock/advance", Map.of("duration", duration.toString()));
    if (response.getStatus() != 200) {
      throw new AssertionError("clock not advanced: " + response.getStatus() + " " + body(response));
    }
    return read(response).get("now").asText();
  }

  public static String body(MockHttpServletResponse response) {
    try {
      return response.getContentAsString();
    } catch (Exception e) {
      return "";
    }
  }

  public String write(Object body) {
    try {
      return body instanceof String text ? text : json.writeValueAsString(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
