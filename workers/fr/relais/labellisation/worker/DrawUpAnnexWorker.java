package fr.relais.labellisation.worker;

import fr.relais.labellisation.LabelFollowUps;
import fr.relais.labellisation.LabellisationProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Draws up the structure's annex to the departmental framework convention. */
@Component
public class DrawUpAnnexWorker {

  private final LabelFollowUps service;

  DrawUpAnnexWorker(LabelFollowUps service) {
    this.service = service;
  }

  @JobWorker(type = LabellisationProcess.DRAW_UP_ANNEX)
  public void handle(@Variable String structureId) {
    service.drawUpAnnex(UUID.fromString(structureId));
  }
}
