package fr.relais.quality.worker;

import fr.relais.quality.Campaign;
import fr.relais.quality.QualityCampaigns;
import fr.relais.quality.QualityProcess;
import io.camunda.client.annotation.JobWorker;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Draws the month's sample and starts a control for each structure drawn. */
@Component
public class DrawSampleWorker {

  private final QualityCampaigns campaigns;

  DrawSampleWorker(QualityCampaigns campaigns) {
    this.campaigns = campaigns;
  }

  @JobWorker(type = QualityProcess.DRAW_SAMPLE)
  public Map<String, Object> handle() {
    Campaign campaign = campaigns.draw();
    return Map.of("campaignId", campaign.id().toString(), "drawn", campaign.sample().size());
  }
}
