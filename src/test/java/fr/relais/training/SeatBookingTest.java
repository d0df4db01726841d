package fr.relais.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.security.UserAccounts;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** More agents than seats, all enrolled at the same instant: the session is filled, never over-booked. */
@RelaisSpringBootTest
class SeatBookingTest {

  private static final int SEATS = 5;
  private static final int AGENTS = 16;
  private static final String MODULE = "METIERS_PAPIERS_JUSTICE";

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired UserAccounts users;
  @Autowired JdbcClient jdbc;
  @Autowired TrainingRegistration registration;
  @Autowired TrainingService training;

  @Test
  void concurrentEnrolmentsNeverTakeMoreSeatsThanTheSessionHas() {
    RelaisApi api = new RelaisApi(mvc, json);
    TrainingSteps steps = new TrainingSteps(api);
    var fields = steps.session(MODULE, "08", 6, "INSTITUT_4_10");
    fields.put("capacity", SEATS);
    UUID session = UUID.fromString(steps.schedule("prefect-08", fields).get("id").asText());
    UUID structure = users.loadUserByUsername("agent-08").user().structureId();
    String batch = UUID.randomUUID().toString().substring(0, 6);
    registration.registerAgents(structure, IntStream.range(0, AGENTS).mapToObj(i -> "Agent " + batch + "-" + i)
        .toList(), "test");
    List<UUID> agents = jdbc.sql("select id from structure_agent where full_name like ?").param("Agent " + batch + "-%")
        .query(UUID.class).list();

    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Optional<TrainingService.Seat>>> enrolments = new ArrayList<>();
    for (UUID agent : agents) {
      enrolments.add(CompletableFuture.supplyAsync(() -> {
        waitFor(start);
        return training.enrol(agent, MODULE);
      }));
    }
    start.countDown();
    long seated = enrolments.stream().map(CompletableFuture::join).filter(Optional::isPresent).count();

    assertThat(agents).hasSize(AGENTS);
    assertThat(seated).isEqualTo(SEATS);
    assertThat(jdbc.sql("select seats_taken from training_session where id = ?").param(session).query(Integer.class)
        .single()).isEqualTo(SEATS);
    assertThat(jdbc.sql("select count(*) from training_enrolment where session_id = ?").param(session)
        .query(Integer.class).single()).isEqualTo(SEATS);
  }

  private static void waitFor(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
