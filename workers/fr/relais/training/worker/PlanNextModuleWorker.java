package fr.relais.training.worker;

import fr.relais.training.TrainingProcess;
import fr.relais.training.TrainingService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Picks the agent's next required module not yet attended, or says they have attended all. */
@Component
public class PlanNextModuleWorker {

  private final TrainingService training;

  PlanNextModuleWorker(TrainingService training) {
    this.training = training;
  }

  @JobWorker(type = TrainingProcess.PLAN_NEXT_MODULE)
  public Map<String, Object> handle(@Variable String agentId) {
    Optional<String> next = training.nextModule(UUID.fromString(agentId));
    Map<String, Object> variables = new HashMap<>();
    variables.put("allAttended", next.isEmpty());
    variables.put("module", next.orElse(null));
    return variables;
  }
}
