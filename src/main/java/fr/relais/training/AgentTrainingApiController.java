package fr.relais.training;

import fr.relais.security.RelaisUserDetails;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Agents' training records, a structure's team and whether it may open. */
@RestController
class AgentTrainingApiController {

  private final TrainingRecords records;

  AgentTrainingApiController(TrainingRecords records) {
    this.records = records;
  }

  @GetMapping("/api/agents/{id}/training")
  TrainingRecords.AgentRecord training(@PathVariable UUID id, @AuthenticationPrincipal RelaisUserDetails principal) {
    return records.agent(principal.user(), id);
  }

  @GetMapping("/api/structures/{id}/readiness")
  Readiness readiness(@PathVariable UUID id, @AuthenticationPrincipal RelaisUserDetails principal) {
    return records.readiness(principal.user(), id);
  }

  @GetMapping("/api/structures/{id}/agents")
  TrainingRecords.Team team(@PathVariable UUID id, @AuthenticationPrincipal RelaisUserDetails principal) {
    return records.team(principal.user(), id);
  }

  /** The structure registers a new agent (fields of the structure-agent form); their training starts. */
  @PostMapping("/api/structures/{id}/agents")
  ResponseEntity<Agent> addAgent(@PathVariable UUID id, @RequestBody Map<String, Object> fields,
      @AuthenticationPrincipal RelaisUserDetails principal) {
    Agent agent = records.addAgent(principal.user(), id, fields);
    return ResponseEntity.created(URI.create("/api/agents/" + agent.id() + "/training")).body(agent);
  }
}
