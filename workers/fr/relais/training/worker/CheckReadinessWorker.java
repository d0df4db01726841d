package fr.relais.training.worker;

import fr.relais.training.StructureOpening;
import fr.relais.training.TrainingProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** On the planned opening day, says whether the structure has its trained agents. */
@Component
public class CheckReadinessWorker {

  private final StructureOpening opening;

  CheckReadinessWorker(StructureOpening opening) {
    this.opening = opening;
  }

  @JobWorker(type = TrainingProcess.CHECK_READINESS)
  public Map<String, Object> handle(@Variable String structureId) {
    return Map.of("ready", opening.checkReadiness(UUID.fromString(structureId)));
  }
}
