package fr.relais.support;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.camunda.zeebe.protocol.record.value.TimerRecordValue;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

/**
 * Intention-named steps for Zeebe Process Test tests, shared by every process test.
 *
 * <p>Create one per test from the {@link ZeebeTestEngine} that {@code @ZeebeProcessTest} injects and close
 * it after the test. Steps that look at the engine wait for it (for the job to appear, for the timers
 * due to fire, for the engine to be idle), so a test reads as given/when/then without any sleep. Jobs are
 * looked up in the engine's record stream and completed by key, the way Relais' inbox completes a task it
 * activated earlier; one process instance per engine is assumed, as ZPT gives every test a fresh engine.
 *
 * <p>Time moves only through {@link #increaseTime} and {@link #moveClockPast}: the in-memory engine's
 * clock is the wall clock plus every {@code increaseTime} so far (ZPT does not expose it), and this
 * class keeps that sum to compute the engine's {@link #now()}.
 */
public final class ProcessTestSupport implements AutoCloseable {

  public static final String USER_TASK_JOB_TYPE = "io.camunda.zeebe:userTask";
  public static final String FORM_KEY_HEADER = "io.camunda.zeebe:formKey";
  public static final String CANDIDATE_GROUPS_HEADER = "io.camunda.zeebe:candidateGroups";
  public static final String DUE_DATE_HEADER = "io.camunda.zeebe:dueDate";

  private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration APPEARANCE_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(5);
  // A timer fires when the clock is at or past its date; one second past leaves no doubt.
  private static final Duration PAST_MARGIN = Duration.ofSeconds(1);
  private static final Set<JobIntent> CLOSED_JOB_INTENTS =
      Set.of(JobIntent.COMPLETED, JobIntent.CANCELED, JobIntent.ERROR_THROWN);

  private final ZeebeTestEngine engine;
  private final RecordStream records;
  private final CamundaClient client;
  private final ObjectMapper json = new ObjectMapper();
  private Duration travelled = Duration.ZERO;

  public ProcessTestSupport(ZeebeTestEngine engine) {
    this.engine = engine;
    this.records = RecordStream.of(engine.getRecordStreamSource());
    // The in-memory engine has no REST API: everything goes over plaintext gRPC (the http scheme). It
    // reports its wildcard bind address, which not every OS accepts as a destination.
    String address = engine.getGatewayAddress().replaceFirst("^0\\.0\\.0\\.0:", "127.0.0.1:");
    this.client = CamundaClient.newClientBuilder()
        .grpcAddress(URI.create("http://" + address))
        .preferRestOverGrpc(false)
        .build();
  }

  public CamundaClient client() {
    return client;
  }

  /** Deploys {@code processes/<id>.bpmn} from the classpath for each id. */
  public void deploy(String... processIds) {
    var command = client.newDeployResourceCommand().addResourceFromClasspath(resource(processIds[0]));
    for (int i = 1; i < processIds.length; i++) {
      command = command.addResourceFromClasspath(resource(processIds[i]));
    }
    command.send().join();
  }

  /** Starts the latest version of the process and returns the process instance key. */
  public long startInstance(String processId, Map<String, ?> variables) {
    return client.newCreateInstanceCommand()
        .bpmnProcessId(processId)
        .latestVersion()
        .variables(new LinkedHashMap<String, Object>(variables))
        .send()
        .join()
        .getProcessInstanceKey();
  }

  /** Completes the open job of a service task type, as its worker would, and returns that job. */
  public JobRecordValue completeJob(String jobType, Map<String, ?> variables) {
    Record<JobRecordValue> job = awaitOpenJob(value -> value.getType().equals(jobType),
        "an open job of type " + jobType);
    complete(job.getKey(), variables);
    return job.getValue();
  }

  public boolean hasOpenJob(String jobType) {
    waitForIdle();
    return findOpenJob(value -> value.getType().equals(jobType)).isPresent();
  }

  /** The open job-worker user task of a BPMN element, as Relais' inbox would receive it. */
  public UserTaskJob userTask(String elementId) {
    return UserTaskJob.of(awaitOpenJob(isUserTaskOf(elementId), "an open user task " + elementId), json);
  }

  /** Completes the open user task of a BPMN element with the variables a form submission would send. */
  public UserTaskJob completeUserTask(String elementId, Map<String, ?> variables) {
    UserTaskJob task = userTask(elementId);
    complete(task.key(), variables);
    return task;
  }

  public boolean hasOpenUserTask(String elementId) {
    waitForIdle();
    return findOpenJob(isUserTaskOf(elementId)).isPresent();
  }

  /** Fails if the instance is not waiting at every given element. */
  public void assertWaitingAt(long processInstanceKey, String... elementIds) {
    assertThatInstance(processInstanceKey).isWaitingAtElements(elementIds);
  }

  /** BpmnAssert on the instance once the engine is idle, for passed, not-passed and waiting elements. */
  public ProcessInstanceAssert assertThatInstance(long processInstanceKey) {
    waitForIdle();
    return BpmnAssert.assertThat(new InspectedProcessInstance(processInstanceKey));
  }

  /** The engine's current time: its clock is the wall clock moved forward by every increase so far. */
  public Instant now() {
    return Instant.now().plus(travelled);
  }

  /** An ISO-8601 instant, as Relais stores it in process variables, this long after the engine's now. */
  public String isoIn(Duration fromNow) {
    return iso(now().plus(fromNow));
  }

  /** An ISO-8601 instant this long before the engine's now, e.g. a deadline missed while it was away. */
  public String isoAgo(Duration beforeNow) {
    return iso(now().minus(beforeNow));
  }

  public static String iso(Instant instant) {
    return instant.toString();
  }

  /** Moves the engine clock forward and waits until every timer due by then has fired. */
  public void increaseTime(Duration duration) {
    waitForIdle();
    engine.increaseTime(duration);
    travelled = travelled.plus(duration);
    // The engine may look idle for a moment before its timer checker notices the new time.
    await("timers due by " + now() + " to fire")
        .atMost(APPEARANCE_TIMEOUT)
        .pollDelay(Duration.ZERO)
        .pollInterval(POLL_INTERVAL)
        .until(() -> pendingTimersDueBy(now()).isEmpty());
    waitForIdle();
  }

  /** Moves the engine clock just past an ISO-8601 instant, so a timer set to that date fires. */
  public void moveClockPast(String isoInstant) {
    Duration distance = Duration.between(now(), Instant.parse(isoInstant)).plus(PAST_MARGIN);
    if (distance.isNegative()) {
      throw new IllegalArgumentException(isoInstant + " is already past: the engine clock only moves forward");
    }
    increaseTime(distance);
  }

  public void waitForIdle() {
    try {
      engine.waitForIdleState(IDLE_TIMEOUT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the engine", e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("the engine did not become idle within " + IDLE_TIMEOUT, e);
    }
  }

  @Override
  public void close() {
    client.close();
  }

  private void complete(long jobKey, Map<String, ?> variables) {
    client.newCompleteCommand(jobKey).variables(new LinkedHashMap<String, Object>(variables)).send().join();
  }

  // Polled rather than preceded by an idle wait: the engine is idle only after a grace period of about
  // 100 ms, while the next job usually exists a few milliseconds after the command that led to it.
  private Record<JobRecordValue> awaitOpenJob(Predicate<JobRecordValue> wanted, String description) {
    return await(description)
        .atMost(APPEARANCE_TIMEOUT)
        .pollDelay(Duration.ZERO)
        .pollInterval(POLL_INTERVAL)
        .until(() -> findOpenJob(wanted), Optional::isPresent)
        .orElseThrow();
  }

  private List<Long> pendingTimersDueBy(Instant instant) {
    Map<Long, Record<TimerRecordValue>> latestByKey = new LinkedHashMap<>();
    StreamSupport.stream(records.timerRecords().spliterator(), false)
        .filter(record -> record.getRecordType() == RecordType.EVENT)
        .forEach(record -> latestByKey.put(record.getKey(), record));
    return latestByKey.values().stream()
        .filter(record -> record.getIntent() == TimerIntent.CREATED)
        .filter(record -> record.getValue().getDueDate() <= instant.toEpochMilli())
        .map(Record::getKey)
        .toList();
  }

  private Optional<Record<JobRecordValue>> findOpenJob(Predicate<JobRecordValue> wanted) {
    Map<Long, Record<JobRecordValue>> latestByKey = new LinkedHashMap<>();
    StreamSupport.stream(records.jobRecords().spliterator(), false)
        .filter(record -> record.getRecordType() == RecordType.EVENT)
        .forEach(record -> latestByKey.put(record.getKey(), record));
    List<Record<JobRecordValue>> open = latestByKey.values().stream()
        .filter(record -> isOpen(record) && wanted.test(record.getValue()))
        .toList();
    if (open.size() > 1) {
      throw new IllegalStateException("more than one open job matches: " + open.stream().map(Record::getKey).toList());
    }
    return open.stream().findFirst();
  }

  private static boolean isOpen(Record<JobRecordValue> latest) {
    JobIntent intent = (JobIntent) latest.getIntent();
    if (CLOSED_JOB_INTENTS.contains(intent)) {
      return false;
    }
    return intent != JobIntent.FAILED || latest.getValue().getRetries() > 0;
  }

  private static Predicate<JobRecordValue> isUserTaskOf(String elementId) {
    return value -> value.getType().equals(USER_TASK_JOB_TYPE) && value.getElementId().equals(elementId);
  }

  private static String resource(String processId) {
    return "processes/" + processId + ".bpmn";
  }

  /** A job-worker user task as its job headers describe it. */
  public record UserTaskJob(
      long key, String elementId, String formKey, List<String> candidateGroups, Instant dueDate,
      Map<String, String> headers) {

    static UserTaskJob of(Record<JobRecordValue> job, ObjectMapper json) {
      Map<String, String> headers = job.getValue().getCustomHeaders();
      String dueDate = headers.get(DUE_DATE_HEADER);
      return new UserTaskJob(
          job.getKey(),
          job.getValue().getElementId(),
          headers.get(FORM_KEY_HEADER),
          groups(headers.get(CANDIDATE_GROUPS_HEADER), json),
          dueDate == null ? null : OffsetDateTime.parse(dueDate).toInstant(),
          Map.copyOf(headers));
    }

    private static List<String> groups(String header, ObjectMapper json) {
      if (header == null) {
        return List.of();
      }
      try {
        return json.readValue(header, new TypeReference<List<String>>() {});
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("candidate groups header is not a JSON array: " + header, e);
      }
    }
  }
}
