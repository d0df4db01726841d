package fr.relais.training.worker;

import fr.relais.training.TrainingProcess;
import fr.relais.training.TrainingService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Certifies an agent who attended every required module. */
@Component
public class CertifyAgentWorker {

  private final TrainingService training;

  CertifyAgentWorker(TrainingService training) {
    this.training = training;
  }

  @JobWorker(type = TrainingProcess.CERTIFY_AGENT)
  public void handle(@Variable String agentId) {
    training.certify(UUID.fromString(agentId));
  }
}
