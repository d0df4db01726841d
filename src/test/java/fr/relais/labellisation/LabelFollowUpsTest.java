package fr.relais.labellisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.labellisation.worker.DrawUpAnnexWorker;
import fr.relais.labellisation.worker.EnrolInQualityControlWorker;
import fr.relais.labellisation.worker.GrantLabelWorker;
import fr.relais.labellisation.worker.HandOverToTrainingWorker;
import fr.relais.labellisation.worker.InviteToPlatformWorker;
import fr.relais.support.LabellisationSteps;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The engine delivers every job at least once: a granted label must still give exactly one number, one invitation
 * and one annex when each job comes twice at the same moment, on top of the engine's own delivery.
 */
@RelaisSpringBootTest
class LabelFollowUpsTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired GrantLabelWorker grantLabel;
  @Autowired InviteToPlatformWorker inviteToPlatform;
  @Autowired DrawUpAnnexWorker drawUpAnnex;
  @Autowired HandOverToTrainingWorker handOverToTraining;
  @Autowired EnrolInQualityControlWorker enrolInQualityControl;

  RelaisApi api;
  LabellisationSteps steps;

  @BeforeEach
  void setUp() {
    api = new RelaisApi(mvc, json);
    steps = new LabellisationSteps(api);
  }

  @Test
  void everyJobDeliveredTwiceMoreStillGivesOneLabelNumberOneInvitationAndOneAnnex() {
    String id = steps.awaitingLabelDecision("France Services de Montfort-sur-Meu");
    steps.grant(id);

    List<Object> numbers = deliveredTwice(() -> grantLabel.handle(id).get("labelNumber"));
    deliveredTwice(() -> run(() -> inviteToPlatform.handle(id)));
    deliveredTwice(() -> run(() -> drawUpAnnex.handle(id)));
    deliveredTwice(() -> run(() -> handOverToTraining.handle(id)));
    deliveredTwice(() -> run(() -> enrolInQualityControl.handle(id)));

    JsonNode done = await().atMost(Duration.ofSeconds(20)).until(() -> steps.structure(id),
        structure -> LabellisationSteps.events(structure).contains("ENROLLED_IN_QUALITY_CONTROL"));
    String number = done.get("labelNumber").asText();
    assertThat(numbers).containsOnly(number);
    assertThat(LabellisationSteps.events(done))
        .containsOnlyOnce("LABEL_GRANTED", "PLATFORM_INVITATION_SENT", "CONVENTION_ANNEX_DRAWN_UP",
            "AGENTS_HANDED_TO_TRAINING", "ENROLLED_IN_QUALITY_CONTROL");
    assertThat(rows("select count(*) from structure where label_number = ?", number)).isEqualTo(1);
    assertThat(rows("select count(*) from structure_invitation where structure_id = ?", UUID.fromString(id)))
        .isEqualTo(1);
    assertThat(rows("select count(*) from notification where dedup_key = ?", id + ":platform-invitation"))
        .isEqualTo(1);
    assertThat(rows("select count(*) from structure_annex where structure_id = ?", UUID.fromString(id)))
        .isEqualTo(1);
    assertThat(rows("select count(*) from structure_agent where structure_id = ?", UUID.fromString(id)))
        .isEqualTo(2);
    assertThat(rows("select count(*) from quality_enrolment where structure_id = ?", UUID.fromString(id)))
        .isEqualTo(1);
  }

  /**
   * Two deliveries released at the same instant; a delivery that fails (the other saved first) is delivered again,
   * as the engine retries a failed job. Returns what each delivery finally answered.
   */
  private static <T> List<T> deliveredTwice(Supplier<T> job) {
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<T>> deliveries = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      deliveries.add(CompletableFuture.supplyAsync(() -> {
        waitFor(start);
        try {
          return job.get();
        } catch (RuntimeException failed) {
          return job.get();
        }
      }));
    }
    start.countDown();
    return deliveries.stream().map(CompletableFuture::join).toList();
  }

  private static Object run(Runnable job) {
    job.run();
    return Map.of();
  }

  private static void waitFor(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private int rows(String sql, Object param) {
    return jdbc.sql(sql).param(param).query(Integer.class).single();
  }
}
