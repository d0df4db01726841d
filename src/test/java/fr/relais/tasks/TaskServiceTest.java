package fr.relais.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.engine.EngineEpoch;
import fr.relais.history.CaseHistory;
import fr.relais.engine.ProcessModels;
import org.springframework.transaction.support.TransactionTemplate;
import fr.relais.security.UserAccounts;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import io.camunda.client.CamundaClient;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The task list against real PostgreSQL and the real engine: duplicates, engine outages, races. */
@RelaisSpringBootTest
class TaskServiceTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired TaskService tasks;
  @Autowired TaskRepository repository;
  @Autowired TaskDrafts drafts;
  @Autowired TaskForms forms;
  @Autowired TransactionTemplate transaction;
  @Autowired ProcessModels models;
  @Autowired ApplicationEventPublisher events;
  @Autowired EngineEpoch epoch;
  @Autowired CaseHistory history;
  @Autowired UserAccounts users;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired TaskProperties properties;
  @Autowired CamundaClient client;

  RelaisApi api;

  @BeforeEach
  void setUp() {
    api = new RelaisApi(mvc, json);
  }

  @Test
  void aJobDeliveredTwiceIsOneTask() {
    String id = api.submitReferral("agent-35", "CAF");
    Task task = repository.findById(taskId(id)).orElseThrow();
    IncomingTask redelivered = new IncomingTask(task.ref(), task.processInstanceKey(), task.processId(),
        task.elementId(), task.formKey(), task.candidateGroups(), null, task.dueAt(), null, task.variables());

    Task again = tasks.receive(redelivered);

    assertThat(again.id()).isEqualTo(task.id());
    assertThat(jdbc.sql("select count(*) from task where engine_epoch = ? and job_key = ?")
        .params(task.engineEpoch(), task.jobKey()).query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  void aSubmissionMadeWhileTheEngineIsUnreachableIsCompletedOnceItIsBack() throws Exception {
    String id = api.submitReferral("agent-35", "CAF");
    UUID taskId = taskId(id);
    try (CamundaClient unreachable = clientOnDeadPort()) {
      TaskService cutOff = new TaskService(repository, drafts, new ZeebeJobTaskInbox(unreachable, epoch, properties),
          forms, models, events, transaction, clock, properties, history);

      SubmitOutcome outcome = cutOff.submit(taskId, users.loadUserByUsername("referent-caf-35").user(),
          Map.of("outcome", "ANSWERED", "answer", "Réponse rédigée pendant la coupure du moteur."));

      assertThat(outcome).isEqualTo(SubmitOutcome.PENDING);
      assertThat(repository.findById(taskId).orElseThrow().state()).isEqualTo(TaskState.SUBMITTED);
      assertThat(api.findTask("referent2-caf-35", id, "Task_AnswerReferral")).as("no longer offered").isNull();
    }

    assertThat(tasks.retryPendingSubmissions()).isGreaterThanOrEqualTo(1);

    assertThat(repository.findById(taskId).orElseThrow().state()).isEqualTo(TaskState.COMPLETED);
    assertThat(api.awaitReferral("agent-35", id, "ANSWERED").get("answer").asText()).contains("coupure");
  }

  @Test
  void theRetryLeavesASubmissionToTheRequestStillDeliveringIt() {
    String id = api.submitReferral("agent-35", "CAF");
    UUID taskId = taskId(id);
    Task open = repository.findById(taskId).orElseThrow();
    // A request stored the submission and is handing it to the engine right now.
    assertThat(repository.markSubmitted(taskId, open.version(), "referent-caf-35",
        Map.of("outcome", "ANSWERED", "answer", "Réponse en cours de transmission."), clock.instant())).isTrue();

    tasks.retryPendingSubmissions();
    assertThat(repository.findById(taskId).orElseThrow().state()).as("left to the request").isEqualTo(TaskState.SUBMITTED);

    // The request died mid-way: once the lease has run out, the retry delivers the stored submission.
    jdbc.sql("update task set delivery_started_at = now() - make_interval(secs => ?) where id = ?")
        .params(properties.deliveryLease().plusSeconds(1).toSeconds(), taskId).update();
    tasks.retryPendingSubmissions();
    assertThat(repository.findById(taskId).orElseThrow().state()).isEqualTo(TaskState.COMPLETED);
    assertThat(api.awaitReferral("agent-35", id, "ANSWERED").get("answer").asText()).contains("transmission");
  }

  @Test
  void aTaskSubmittedSinceThePeriodicCheckReadItIsNotWithdrawn() {
    String id = api.submitReferral("agent-35", "CAF");
    UUID taskId = taskId(id);
    Task readByTheCheck = repository.findById(taskId).orElseThrow();

    assertThat(api.complete("referent-caf-35", taskId.toString(), Map.of("outcome", "ANSWERED", "answer", "Réponse.")))
        .isEqualTo(204);

    assertThat(repository.markWithdrawn(readByTheCheck, "job gone", clock.instant())).isFalse();
    assertThat(repository.findById(taskId).orElseThrow().state()).isEqualTo(TaskState.COMPLETED);
  }

  @Test
  void twoConcurrentSubmissionsOfOneTaskGiveOneSuccessAndOneConflict() throws Exception {
    String id = api.submitReferral("agent-35", "CAF");
    String taskId = api.awaitTask("referent-caf-35", id, "Task_AnswerReferral").get("id").asText();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (String referent : List.of("referent-caf-35", "referent2-caf-35")) {
        Callable<Integer> submit = () -> {
          start.await();
          return api.complete(referent, taskId, Map.of("outcome", "ANSWERED", "answer", "Réponse de " + referent));
        };
        statuses.add(pool.submit(submit));
      }
      start.countDown();

      assertThat(List.of(statuses.get(0).get(), statuses.get(1).get())).containsExactlyInAnyOrder(204, 409);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aClaimedTaskCannotBeTakenOrSubmittedByTheOtherCandidate() {
    String id = api.submitReferral("agent-35", "CAF");
    String taskId = api.awaitTask("referent-caf-35", id, "Task_AnswerReferral").get("id").asText();

    assertThat(api.call("referent-caf-35", post("/api/tasks/" + taskId + "/claim")).getStatus()).isEqualTo(200);

    assertThat(api.call("referent2-caf-35", post("/api/tasks/" + taskId + "/claim")).getStatus()).isEqualTo(409);
    assertThat(api.complete("referent2-caf-35", taskId, Map.of("outcome", "ANSWERED", "answer", "Moi aussi.")))
        .isEqualTo(409);
    assertThat(api.call("referent-caf-35", post("/api/tasks/" + taskId + "/unclaim")).getStatus()).isEqualTo(200);
    assertThat(api.call("referent2-caf-35", post("/api/tasks/" + taskId + "/claim")).getStatus()).isEqualTo(200);
  }

  @Test
  void tasksOfAnEarlierEngineGenerationAreWithdrawn() {
    String id = api.submitReferral("agent-35", "CAF");
    UUID taskId = taskId(id);
    jdbc.sql("update task set engine_epoch = 'embedded-earlier-run' where id = ?").param(taskId).update();

    tasks.withdrawVanishedTasks();

    Task task = repository.findById(taskId).orElseThrow();
    assertThat(task.state()).isEqualTo(TaskState.WITHDRAWN);
    assertThatThrownBy(() -> tasks.claim(taskId, users.loadUserByUsername("referent-caf-35").user()))
        .isInstanceOf(TaskConflictException.class)
        .hasMessageContaining("redémarré");
    // After a real restart the earlier engine and its job are gone; here the job lives on, so end its instance.
    client.newCancelInstanceCommand(task.processInstanceKey()).send().join();
  }

  private UUID taskId(String referralId) {
    JsonNode task = api.awaitTask("referent-caf-35", referralId, "Task_AnswerReferral");
    return UUID.fromString(task.get("id").asText());
  }

  private static CamundaClient clientOnDeadPort() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    return CamundaClient.newClientBuilder()
        .grpcAddress(java.net.URI.create("http://127.0.0.1:" + port))
        .restAddress(java.net.URI.create("http://127.0.0.1:" + port))
        .preferRestOverGrpc(false)
        .defaultRequestTimeout(Duration.ofSeconds(2))
        .build();
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder post(String path) {
    return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path);
  }
}
