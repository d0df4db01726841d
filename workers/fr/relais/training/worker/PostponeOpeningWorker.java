package fr.relais.training.worker;

import fr.relais.training.StructureOpening;
import fr.relais.training.TrainingProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Gives the timer the postponed opening day, when readiness is checked again. */
@Component
public class PostponeOpeningWorker {

  private final StructureOpening opening;

  PostponeOpeningWorker(StructureOpening opening) {
    this.opening = opening;
  }

  @JobWorker(type = TrainingProcess.POSTPONE_OPENING)
  public Map<String, Object> handle(@Variable String structureId) {
    return Map.of("openingAt", opening.postpone(UUID.fromString(structureId)).toString());
  }
}
