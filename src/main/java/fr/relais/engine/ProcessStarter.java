package fr.relais.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Starts process instances; an engine that is away is an empty answer, never an exception to the user. */
@Component
public class ProcessStarter {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessStarter.class);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final CamundaClient client;

  ProcessStarter(CamundaClient client) {
    this.client = client;
  }

  /**
   * Starts the process and hands its instance key to {@code started} (to mark the case started); returns whether it
   * started, so a caller retrying stored cases counts them.
   */
  public boolean start(String processId, Map<String, Object> variables, LongConsumer started) {
    OptionalLong key = start(processId, variables);
    key.ifPresent(started);
    return key.isPresent();
  }

  public OptionalLong start(String processId, Map<String, Object> variables) {
    try {
      return OptionalLong.of(client.newCreateInstanceCommand()
          .bpmnProcessId(processId)
          .latestVersion()
          .variables(variables)
          .requestTimeout(REQUEST_TIMEOUT)
          .send()
          .join()
          .getProcessInstanceKey());
    } catch (ClientException e) {
      LOG.warn("could not start {} now, it will be retried: {}", processId, e.getMessage());
      return OptionalLong.empty();
    }
  }
}
