package fr.relais.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.relais.support.RelaisSpringBootTest;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

@RelaisSpringBootTest
class EmbeddedEngineTest {

  @Autowired Clock clock;
  @Autowired DevClock devClock;
  @Autowired CamundaClient client;
  @Value("${relais.engine.port}") int enginePort;

  @Test
  void theEngineListensOnTheLoopbackInterfaceOnly() throws Exception {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), enginePort), 2000);
      assertThat(socket.isConnected()).isTrue();
    }
    Optional<InetAddress> external = nonLoopbackAddress();
    assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address to try");
    assertThatThrownBy(() -> {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(external.get(), enginePort), 2000);
      }
    }).isInstanceOf(IOException.class);
  }

  @Test
  void theAppClockIsTheEngineClockAndMovesWithAnAdvance() throws Exception {
    Instant before = clock.instant();

    Instant after = devClock.advance(Duration.ofHours(2));

    assertThat(Duration.between(before, after)).isBetween(Duration.ofHours(2), Duration.ofHours(2).plusMinutes(1));
    assertThat(Duration.between(after, clock.instant())).isLessThan(Duration.ofMinutes(1));
  }

  @Test
  void aJobNoWorkerHereTakesDoesNotHoldTheClock() throws Exception {
    BpmnModelInstance orphan = Bpmn.createExecutableProcess("orphan-job")
        .startEvent().serviceTask("Task_Orphan", task -> task.zeebeJobType("test.nobody-works-on-this")).endEvent()
        .done();
    client.newDeployResourceCommand().addProcessModel(orphan, "orphan-job.bpmn").send().join();
    client.newCreateInstanceCommand().bpmnProcessId("orphan-job").latestVersion().send().join();

    Instant before = clock.instant();
    Instant after = devClock.advance(Duration.ofMinutes(5));

    assertThat(after).isAfter(before.plus(Duration.ofMinutes(4)));
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
    return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
        .flatMap(network -> Collections.list(network.getInetAddresses()).stream())
        .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
        .findFirst();
  }
}
