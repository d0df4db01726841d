package fr.relais.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;

/** The campaign cycle is a setting: its default is the model's, and another one is written into the model. */
class CampaignCycleTest {

  @Test
  void theDefaultSettingIsTheModelsCycleAndAnotherOneReplacesIt() throws IOException {
    String model = new ClassPathResource("processes/quality-control.bpmn").getContentAsString(StandardCharsets.UTF_8);
    String defaultSetting = new Binder(new MapConfigurationPropertySource())
        .bindOrCreate("relais.quality", QualityProperties.class).campaignCycle();

    assertThat(defaultSetting).isEqualTo(CampaignCycle.MODEL_CYCLE);
    String weekly = CampaignCycle.adapt(model, "0 0 5 * * MON");
    assertThat(weekly).contains(">0 0 5 * * MON</bpmn:timeCycle>").doesNotContain(CampaignCycle.MODEL_CYCLE);
  }
}
