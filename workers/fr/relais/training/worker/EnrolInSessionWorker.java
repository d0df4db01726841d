package fr.relais.training.worker;

import fr.relais.training.TrainingProcess;
import fr.relais.training.TrainingService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Takes a seat for the agent in a session of the module; the session's end drives the attendance timer and its
 * training body is offered the attendance task.
 */
@Component
public class EnrolInSessionWorker {

  private final TrainingService training;

  EnrolInSessionWorker(TrainingService training) {
    this.training = training;
  }

  @JobWorker(type = TrainingProcess.ENROL_IN_SESSION)
  public Map<String, Object> handle(@Variable String agentId, @Variable String module) {
    return training.enrol(UUID.fromString(agentId), module)
        .<Map<String, Object>>map(seat -> Map.of("enrolled", true, "sessionId", seat.sessionId().toString(),
            "sessionEndsAt", seat.endsAt().toString(), "trainerBody", seat.trainerBody()))
        .orElse(Map.of("enrolled", false));
  }
}
