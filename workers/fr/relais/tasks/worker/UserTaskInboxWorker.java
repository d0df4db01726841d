package fr.relais.tasks.worker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.engine.EngineEpoch;
import fr.relais.tasks.IncomingTask;
import fr.relais.tasks.TaskRef;
import fr.relais.tasks.TaskService;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Receives every human step of every process as an {@code io.camunda.zeebe:userTask} job and hands it
 * to the task list. The job stays open: the task list completes it when a person submits the form.
 */
@Component
public class UserTaskInboxWorker {

  static final String TYPE = "io.camunda.zeebe:userTask";
  private static final String HEADER_PREFIX = "io.camunda.zeebe:";

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final TaskService tasks;
  private final EngineEpoch epoch;
  private final ObjectMapper json;

  UserTaskInboxWorker(TaskService tasks, EngineEpoch epoch, ObjectMapper json) {
    this.tasks = tasks;
    this.epoch = epoch;
    this.json = json;
  }

  // The job timeout comes from relais.tasks.job-timeout (application.yaml worker override).
  @JobWorker(type = TYPE, autoComplete = false)
  public void handle(ActivatedJob job) {
    Map<String, String> headers = job.getCustomHeaders();
    tasks.receive(new IncomingTask(
        new TaskRef(epoch.value(), job.getKey()),
        job.getProcessInstanceKey(),
        job.getBpmnProcessId(),
        job.getElementId(),
        headers.get(HEADER_PREFIX + "formKey"),
        groups(headers.get(HEADER_PREFIX + "candidateGroups")),
        headers.get(HEADER_PREFIX + "assignee"),
        instant(headers.get(HEADER_PREFIX + "dueDate")),
        instant(headers.get(HEADER_PREFIX + "followUpDate")),
        job.getVariablesAsMap()));
  }

  /** The engine writes candidate groups as a JSON array of strings, e.g. {@code ["referent:CAF:35"]}. */
  private List<String> groups(String header) {
    if (header == null || header.isBlank()) {
      return List.of();
    }
    try {
      return json.readValue(header, STRINGS);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("candidate groups header is not a JSON array: " + header, e);
    }
  }

  private static Instant instant(String header) {
    return header == null || header.isBlank() ? null : OffsetDateTime.parse(header).toInstant();
  }
}
