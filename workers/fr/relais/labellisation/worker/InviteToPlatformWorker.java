package fr.relais.labellisation.worker;

import fr.relais.labellisation.LabelFollowUps;
import fr.relais.labellisation.LabellisationProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Sends the structure its one-time link to create its account on the France Services platform. */
@Component
public class InviteToPlatformWorker {

  private final LabelFollowUps service;

  InviteToPlatformWorker(LabelFollowUps service) {
    this.service = service;
  }

  @JobWorker(type = LabellisationProcess.INVITE_TO_PLATFORM)
  public void handle(@Variable String structureId) {
    service.inviteToPlatform(UUID.fromString(structureId));
  }
}
