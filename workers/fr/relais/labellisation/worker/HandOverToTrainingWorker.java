package fr.relais.labellisation.worker;

import fr.relais.labellisation.LabelFollowUps;
import fr.relais.labellisation.LabellisationProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Registers the structure's agents for the initial training. */
@Component
public class HandOverToTrainingWorker {

  private final LabelFollowUps service;

  HandOverToTrainingWorker(LabelFollowUps service) {
    this.service = service;
  }

  @JobWorker(type = LabellisationProcess.HAND_OVER_TO_TRAINING)
  public void handle(@Variable String structureId) {
    service.handOverToTraining(UUID.fromString(structureId));
  }
}
