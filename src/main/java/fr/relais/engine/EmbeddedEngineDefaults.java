package fr.relais.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides the engine mode before any bean exists. With no {@code camunda.client.grpc-address} and no
 * {@code camunda.client.mode}, Relais runs the in-memory engine on a free loopback port and points the
 * standard client properties at it; otherwise the client talks to the configured cluster untouched.
 */
class EmbeddedEngineDefaults implements EnvironmentPostProcessor {

  static final String EMBEDDED = "relais.engine.embedded";
  static final String PORT = "relais.engine.port";
  static final String DEMO = "relais.demo";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    boolean embedded = !environment.containsProperty("camunda.client.grpc-address")
        && !environment.containsProperty("camunda.client.mode");
    Map<String, Object> defaults = new HashMap<>();
    defaults.put(EMBEDDED, String.valueOf(embedded));
    // The demo seed comes with the embedded defaults; a test or a trial may turn it off with relais.demo=false.
    defaults.put(DEMO, String.valueOf(embedded));
    if (embedded) {
      int port = environment.getProperty(PORT, Integer.class, 0);
      int grpcPort = port == 0 ? freeLoopbackPort() : port;
      defaults.put(PORT, String.valueOf(grpcPort));
      defaults.put("camunda.client.mode", "self-managed");
      defaults.put("camunda.client.auth.method", "none");
      defaults.put("camunda.client.grpc-address", "http://127.0.0.1:" + grpcPort);
      // The in-memory engine has no REST API; the default REST address (:8080) is Relais' own Tomcat.
      defaults.put("camunda.client.rest-address", "http://127.0.0.1:" + freeLoopbackPort());
      defaults.put("camunda.client.prefer-rest-over-grpc", "false");
    }
    // First: an explicit setting (file, environment, command line) still wins over these defaults.
    environment.getPropertySources().addLast(new MapPropertySource("relais-engine-mode", defaults));
  }

  private static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port for the embedded engine", e);
    }
  }
}
