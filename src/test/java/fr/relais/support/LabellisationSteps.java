package fr.relais.support;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import fr.relais.labellisation.LabellisationProcess;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.springframework.mock.web.MockHttpServletResponse;

/** A structure taken through its labellisation as the people do it: through the API, each with their account. */
public final class LabellisationSteps {

  public static final String PREFECT = "prefect-35";
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final RelaisApi api;

  public LabellisationSteps(RelaisApi api) {
    this.api = api;
  }

  /** A complete proposal in Ille-et-Vilaine; returns the structure's id once it waits for its audit. */
  public String proposeComplete(String name) {
    return proposeComplete(StructureMother.proposal(name));
  }

  public String proposeComplete(Map<String, Object> proposal) {
    MockHttpServletResponse created = api.postJson(PREFECT, "/api/structures", proposal);
    if (created.getStatus() != 201) {
      throw new AssertionError("structure not proposed: " + created.getStatus() + " " + RelaisApi.body(created));
    }
    String id = api.read(created).get("id").asText();
    awaitStatus(id, "AUDIT_PENDING");
    return id;
  }

  public JsonNode structure(String id) {
    return api.read(api.getJson("anct", "/api/structures/" + id));
  }

  public JsonNode awaitStatus(String id, String status) {
    return await().atMost(WAIT).until(() -> structure(id), structure -> status.equals(structure.get("status").asText()));
  }

  /** The auditor the open round was given to, once assigned. */
  public String auditor(String id) {
    return await().atMost(WAIT).until(() -> structure(id).get("auditor").asText(null), auditor -> auditor != null);
  }

  public JsonNode auditTask(String id) {
    JsonNode task = api.awaitTask(auditor(id), id, LabellisationProcess.AUDIT_TASK);
    return api.read(api.getJson(auditor(id), "/api/tasks/" + task.get("id").asText()));
  }

  /** The checklist as the auditor fills it: every criterion compliant but those given, today's visit. */
  public Map<String, Object> audit(JsonNode task, Map<String, String> nonCompliantWithComment) {
    List<Map<String, Object>> criteria = new ArrayList<>();
    for (JsonNode criterion : task.get("formValues").get("criteria")) {
      String code = criterion.get("code").asText();
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("code", code);
      item.put("result", nonCompliantWithComment.containsKey(code) ? "NON_COMPLIANT" : "COMPLIANT");
      if (nonCompliantWithComment.containsKey(code)) {
        item.put("comment", nonCompliantWithComment.get(code));
      }
      criteria.add(item);
    }
    Map<String, Object> audit = new LinkedHashMap<>();
    audit.put("visitDate", today().toString());
    audit.put("criteria", criteria);
    if (!nonCompliantWithComment.isEmpty()) {
      audit.put("remarks", "Mise à niveau nécessaire avant le label.");
    }
    return audit;
  }

  public void submitAudit(String id, Map<String, String> nonCompliantWithComment) {
    JsonNode task = auditTask(id);
    complete(auditor(id), task, audit(task, nonCompliantWithComment));
  }

  public void approveNationally(String id) {
    completeTask("anct", id, LabellisationProcess.NATIONAL_AGREEMENT_TASK,
        Map.of("agreement", "APPROVED", "reason", "Maillage départemental conforme."));
  }

  public void grant(String id) {
    completeTask(PREFECT, id, LabellisationProcess.LABEL_DECISION_TASK,
        Map.of("decision", "GRANT", "effectiveDate", today().toString()));
  }

  /** Proposal, conclusive audit, ANCT's agreement: the structure waits for the prefect's decision. */
  public String awaitingLabelDecision(String name) {
    return awaitingLabelDecision(StructureMother.proposal(name));
  }

  public String awaitingLabelDecision(Map<String, Object> proposal) {
    String id = proposeComplete(proposal);
    submitAudit(id, Map.of());
    approveNationally(id);
    awaitStatus(id, "AWAITING_LABEL_DECISION");
    return id;
  }

  public String labelled(String name) {
    return labelled(StructureMother.proposal(name));
  }

  public String labelled(Map<String, Object> proposal) {
    String id = awaitingLabelDecision(proposal);
    grant(id);
    awaitStatus(id, "LABELLED");
    return id;
  }

  public void completeTask(String user, String id, String elementId, Map<String, Object> fields) {
    complete(user, api.awaitTask(user, id, elementId), fields);
  }

  private void complete(String user, JsonNode task, Map<String, Object> fields) {
    MockHttpServletResponse response = api.postJson(user, "/api/tasks/" + task.get("id").asText() + "/complete", fields);
    if (response.getStatus() != 204) {
      throw new AssertionError(task.get("elementId").asText() + " not completed: " + response.getStatus() + " "
          + RelaisApi.body(response));
    }
  }

  /** Today in Paris by the engine's clock, which other tests may have moved. */
  public LocalDate today() {
    return LocalDate.ofInstant(api.now(), ZoneId.of("Europe/Paris"));
  }

  public static List<String> events(JsonNode structure) {
    return StreamSupport.stream(structure.get("history").spliterator(), false)
        .map(entry -> entry.get("event").asText())
        .toList();
  }
}
