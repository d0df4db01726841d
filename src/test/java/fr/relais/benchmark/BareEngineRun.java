package fr.relais.benchmark;

import fr.relais.referral.ReferralProcess;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The baseline: {@code referral.bpmn} alone on a fresh in-memory engine, its service tasks done by workers that
 * only hand back the variables the flow needs, its user tasks completed the moment their job arrives.
 */
final class BareEngineRun implements AutoCloseable {

  private static final String USER_TASK = "io.camunda.zeebe:userTask";

  private final ZeebeTestEngine engine;
  private final CamundaClient client;
  private final List<JobWorker> workers = new ArrayList<>();
  private final Map<Long, Long> startedAt = new ConcurrentHashMap<>();
  private final Map<Long, Long> answerTaskAt = new ConcurrentHashMap<>();
    private volatile Latencies formSubmission;
  private volatile Semaphore inFlight;
  private volatile CountDownLatch closed;

  BareEngineRun() {
    int port = freePort();
    engine = EngineFactory.create(port);
    engine.start();
    client = CamundaClient.newClientBuilder()
        .grpcAddress(URI.create("http://127.0.0.1:" + port))
        .preferRestOverGrpc(false)
        .build();
    client.newDeployResourceCommand().addResourceFromClasspath("processes/referral.bpmn").send().join();
    open(ReferralProcess.ROUTE_REFERRAL, job -> Map.of("routed", true));
    open(ReferralProcess.RECORD_ANSWER, job -> Map.of("autoCloseAt", Instant.now().plus(Duration.ofDays(30)).toString()));
    open(ReferralProcess.CLOSE_REFERRAL, job -> Map.of("anonymiseAt", Instant.now().plus(Duration.ofDays(180)).toString()));
    open(USER_TASK, this::answerAsAPerson);
  }

  EngineRecords records() {
    return new EngineRecords(engine);
  }

  RunResult run(Load load) throws InterruptedException {
    String name = load.name();
    int referrals = load.referrals();
    inFlight = new Semaphore(load.maxInFlight());
    closed = new CountDownLatch(referrals);
    startedAt.clear();
    answerTaskAt.clear();
    formSubmission = new Latencies();
    Stopwatch stopwatch = new Stopwatch();
    for (int i = 0; i < referrals; i++) {
      load.awaitArrival(i, stopwatch);
      inFlight.acquire();
      long submitted = System.nanoTime();
      long key = client.newCreateInstanceCommand()
          .bpmnProcessId(ReferralProcess.ID)
          .latestVersion()
          .variables(startVariables())
          .send()
          .join()
          .getProcessInstanceKey();
      startedAt.put(key, submitted);
    }
    if (!closed.await(10, TimeUnit.MINUTES)) {
      throw new IllegalStateException(name + ": " + closed.getCount() + " referrals never closed");
    }
    Duration elapsed = stopwatch.wall();
    Duration cpu = stopwatch.cpu();
    Latencies visible = new Latencies();
    startedAt.forEach((key, at) -> visible.add(Duration.ofNanos(answerTaskAt.get(key) - at)));
    return new RunResult(load, elapsed, cpu, visible, formSubmission);
  }

  private Map<String, Object> answerAsAPerson(ActivatedJob job) {
    if (job.getElementId().equals("Task_AnswerReferral")) {
      answerTaskAt.put(job.getProcessInstanceKey(), System.nanoTime());
      return Map.of("outcome", "ANSWERED", "answer", "Dossier débloqué.");
    }
    return Map.of("decision", "CLOSE");
  }

  private void open(String type, Function<ActivatedJob, Map<String, Object>> variables) {
    workers.add(client.newWorker()
        .jobType(type)
        .handler((jobClient, job) -> {
          long sent = System.nanoTime();
          jobClient.newCompleteCommand(job).variables(variables.apply(job)).send()
              .whenComplete((response, failure) -> completed(type, job, sent, failure));
        })
        .streamEnabled(true)
        .maxJobsActive(32)
        .open());
  }

  private void completed(String type, ActivatedJob job, long sent, Throwable failure) {
    if (failure != null) {
      throw new IllegalStateException(type + " not completed: " + failure.getMessage(), failure);
    }
    if (type.equals(USER_TASK)) {
      formSubmission.add(Duration.ofNanos(System.nanoTime() - sent));
      if (job.getElementId().equals("Task_ReviewAnswer")) {
        inFlight.release();
      }
    } else if (type.equals(ReferralProcess.CLOSE_REFERRAL)) {
      closed.countDown();
    }
  }

  private static Map<String, Object> startVariables() {
    String id = UUID.randomUUID().toString();
    Instant now = Instant.now();
    return Map.of(
        "businessKey", id,
        "referralId", id,
        "department", "35",
        "operator", "CAF",
        "structureId", UUID.randomUUID().toString(),
        "dueAt", now.plus(Duration.ofHours(72)).toString(),
        "reminderAt", now.plus(Duration.ofHours(48)).toString());
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    workers.forEach(JobWorker::close);
    client.close();
    engine.stop();
  }
}
