package fr.relais.tasks;

import fr.relais.engine.EngineEpoch;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The task inbox over job-worker user tasks ({@code io.camunda.zeebe:userTask} jobs), which behave the
 * same on the in-memory engine and on any cluster. NOT_FOUND from the engine means the job is gone.
 */
@Component
class ZeebeJobTaskInbox implements TaskInbox {

  private static final Logger LOG = LoggerFactory.getLogger(ZeebeJobTaskInbox.class);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final CamundaClient client;
  private final EngineEpoch epoch;
  private final TaskProperties properties;

  ZeebeJobTaskInbox(CamundaClient client, EngineEpoch epoch, TaskProperties properties) {
    this.client = client;
    this.epoch = epoch;
    this.properties = properties;
  }

  @Override
  public String epoch() {
    return epoch.value();
  }

  @Override
  public Completion complete(TaskRef task, Map<String, Object> variables) {
    try {
      client.newCompleteCommand(task.jobKey()).variables(variables).requestTimeout(REQUEST_TIMEOUT).send().join();
      return Completion.COMPLETED;
    } catch (ClientStatusException e) {
      if (e.getStatusCode() == Status.Code.NOT_FOUND) {
        return Completion.GONE;
      }
      LOG.warn("completing job {} failed: {}", task.jobKey(), e.getStatusCode());
      return Completion.UNAVAILABLE;
    } catch (ClientException e) {
      LOG.warn("completing job {} failed: {}", task.jobKey(), e.getMessage());
      return Completion.UNAVAILABLE;
    }
  }

  @Override
  public Presence probe(TaskRef task) {
    try {
      client.newUpdateTimeoutCommand(task.jobKey())
          .timeout(properties.jobTimeout())
          .requestTimeout(REQUEST_TIMEOUT)
          .send()
          .join();
      return Presence.PRESENT;
    } catch (ClientStatusException e) {
      return e.getStatusCode() == Status.Code.NOT_FOUND ? Presence.GONE : Presence.UNKNOWN;
    } catch (ClientException e) {
      return Presence.UNKNOWN;
    }
  }
}
