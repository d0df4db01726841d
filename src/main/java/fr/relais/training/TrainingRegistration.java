package fr.relais.training;

import fr.relais.engine.AfterCommit;
import fr.relais.engine.PendingStarts;
import fr.relais.engine.ProcessStarter;
import fr.relais.history.CaseHistory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Registers a structure's agents for the initial training every agent follows before the structure opens, and starts
 * each one's training process once the registration is committed. An agent registered twice stays one agent.
 */
@Service
public class TrainingRegistration implements PendingStarts {

  private final Agents agents;
  private final CaseHistory history;
  private final ProcessStarter processes;
  private final Clock clock;

  TrainingRegistration(Agents agents, CaseHistory history, ProcessStarter processes, Clock clock) {
    this.agents = agents;
    this.history = history;
    this.processes = processes;
    this.clock = clock;
  }

  /** Returns how many of the agents this call registered (those registered before are left as they are). */
  public int registerAgents(UUID structureId, List<String> fullNames, String by) {
    Instant now = clock.instant();
    List<UUID> registered = new ArrayList<>();
    for (String fullName : fullNames) {
      UUID id = UUID.randomUUID();
      if (agents.insertIfAbsent(id, structureId, fullName, now)) {
        history.record(TrainingProcess.CASE_TYPE, id, by, "REGISTERED", "Inscrit(e) à la formation initiale.");
        registered.add(id);
      }
    }
    AfterCommit.run(() -> registered.forEach(id -> agents.find(id).ifPresent(this::start)));
    return registered.size();
  }

  @Override
  public int startPending() {
    int started = 0;
    for (Agent agent : agents.notStartedBefore(clock.instant().minus(Duration.ofSeconds(30)))) {
      started += start(agent) ? 1 : 0;
    }
    return started;
  }

  private boolean start(Agent agent) {
    String id = agent.id().toString();
    return processes.start(TrainingProcess.ID, Map.of("agentId", id, "businessKey", id,
        "structureId", agent.structureId().toString(), "department", agent.departmentCode()),
        instance -> agents.markStarted(agent.id(), instance));
  }
}
