package fr.relais.labellisation.worker;

import fr.relais.labellisation.LabelFollowUps;
import fr.relais.labellisation.LabellisationProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Enrols the labelled structure in quality control (random mystery visits, yearly surveys). */
@Component
public class EnrolInQualityControlWorker {

  private final LabelFollowUps service;

  EnrolInQualityControlWorker(LabelFollowUps service) {
    this.service = service;
  }

  @JobWorker(type = LabellisationProcess.ENROL_IN_QUALITY_CONTROL)
  public void handle(@Variable String structureId) {
    service.enrolInQualityControl(UUID.fromString(structureId));
  }
}
