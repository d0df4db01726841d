package fr.relais.quality.worker;

import fr.relais.quality.QualityControls;
import fr.relais.quality.QualityProcess;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Schedules the follow-up visit once the corrective plan is written. */
@Component
public class ScheduleFollowUpWorker {

  private final QualityControls controls;

  ScheduleFollowUpWorker(QualityControls controls) {
    this.controls = controls;
  }

  @JobWorker(type = QualityProcess.SCHEDULE_FOLLOW_UP)
  public Map<String, Object> handle(@Variable String controlId) {
    return Map.of("followUpAt", controls.scheduleFollowUp(UUID.fromString(controlId)).toString());
  }
}
