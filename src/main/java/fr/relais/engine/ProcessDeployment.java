package fr.relais.engine;

import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Deploys a model of processes/ adapted to this installation's settings (a timer start cycle, say), as a newer
 * version of the same process: the engine then replaces the deployed version's start timer by the new one.
 */
@Component
public class ProcessDeployment {

  private final CamundaClient client;

  ProcessDeployment(CamundaClient client) {
    this.client = client;
  }

  public void deployAdapted(String processId, UnaryOperator<String> adaptation) {
    String resource = "processes/" + processId + ".bpmn";
    try (InputStream model = new ClassPathResource(resource).getInputStream()) {
      String adapted = adaptation.apply(new String(model.readAllBytes(), StandardCharsets.UTF_8));
      client.newDeployResourceCommand().addResourceStringUtf8(adapted, processId + ".bpmn").send().join();
    } catch (IOException e) {
      throw new IllegalStateException("no model " + resource + " on the classpath", e);
    }
  }
}
