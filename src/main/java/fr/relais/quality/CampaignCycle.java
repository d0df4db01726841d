package fr.relais.quality;

import fr.relais.engine.ProcessDeployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Makes the campaign cycle a setting: a timer start event cannot read variables, so when the configured cycle is not
 * the model's (the 1st of each month), the model is deployed again with the configured one.
 */
@Component
class CampaignCycle {

  /** The cycle written in processes/quality-control.bpmn. */
  static final String MODEL_CYCLE = "0 0 5 1 * *";

  private static final Logger LOG = LoggerFactory.getLogger(CampaignCycle.class);

  private final ProcessDeployment deployment;
  private final QualityProperties properties;

  CampaignCycle(ProcessDeployment deployment, QualityProperties properties) {
    this.deployment = deployment;
    this.properties = properties;
  }

  @EventListener(ApplicationReadyEvent.class)
  void deployConfiguredCycle() {
    if (!MODEL_CYCLE.equals(properties.campaignCycle())) {
      deployment.deployAdapted(QualityProcess.ID, model -> adapt(model, properties.campaignCycle()));
      LOG.info("quality campaigns start on the cycle '{}'", properties.campaignCycle());
    }
  }

  static String adapt(String model, String cycle) {
    String written = ">" + MODEL_CYCLE + "</bpmn:timeCycle>";
    if (!model.contains(written)) {
      throw new IllegalStateException("the quality-control model no longer holds the cycle " + MODEL_CYCLE);
    }
    return model.replace(written, ">" + HtmlUtils.htmlEscape(cycle) + "</bpmn:timeCycle>");
  }
}
