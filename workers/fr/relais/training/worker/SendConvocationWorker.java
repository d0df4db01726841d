package fr.relais.training.worker;

import fr.relais.training.TrainingProcess;
import fr.relais.training.TrainingService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Sends the agent's convocation to the session, through the notification outbox. */
@Component
public class SendConvocationWorker {

  private final TrainingService training;

  SendConvocationWorker(TrainingService training) {
    this.training = training;
  }

  @JobWorker(type = TrainingProcess.SEND_CONVOCATION)
  public void handle(@Variable String agentId, @Variable String sessionId) {
    training.sendConvocation(UUID.fromString(agentId), UUID.fromString(sessionId));
  }
}
