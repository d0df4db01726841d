package fr.relais.benchmark;

import fr.relais.tasks.Task;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Referrals through the whole of Relais as its users drive it: each pilot department's agent submits the
 * "Nouvelle saisine" page, the department's CAF referent opens the task page as soon as the task is in the
 * list and answers, and the agent closes the case from their own task page. All over HTTP, each person
 * logged in once with a session, as in a browser.
 */
final class RelaisRun implements AutoCloseable {

  private static final List<String> DEPARTMENTS = List.of("08", "14", "35", "65", "84", "85");
  private static final String PASSWORD = "demo";

  private final JdbcClient jdbc;
  private final Map<String, BrowserSession> agents = new ConcurrentHashMap<>();
  private final Map<String, BrowserSession> referents = new ConcurrentHashMap<>();
  private final Map<String, BrowserSession> agentsByStructure = new ConcurrentHashMap<>();
  private final ExecutorService people = Executors.newFixedThreadPool(32);
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private Round round;

  RelaisRun(URI base, JdbcClient jdbc, TaskOpenings openings) {
    this.jdbc = jdbc;
    for (String department : DEPARTMENTS) {
      BrowserSession agent = BrowserSession.logIn(base, "agent-" + department, PASSWORD);
      agents.put(department, agent);
      agentsByStructure.put(structureOf("agent-" + department).toString(), agent);
      referents.put(department, BrowserSession.logIn(base, "referent-caf-" + department, PASSWORD));
    }
    openings.onEach(task -> people.execute(() -> guarded(() -> handle(task))));
  }

  RunResult run(Load load) throws InterruptedException {
    String name = load.name();
    int referrals = load.referrals();
    round = new Round(new Semaphore(load.maxInFlight()));
    Stopwatch stopwatch = new Stopwatch();
    for (int i = 0; i < referrals; i++) {
      load.awaitArrival(i, stopwatch);
      round.inFlight.acquire();
      String department = DEPARTMENTS.get(i % DEPARTMENTS.size());
      people.execute(() -> guarded(() -> submit(department)));
      throwIfFailed();
    }
    awaitClosed(name, referrals);
    Duration elapsed = stopwatch.wall();
    Duration cpu = stopwatch.cpu();
    Latencies visible = new Latencies();
    round.submittedAt.forEach((id, at) -> visible.add(Duration.ofNanos(round.answerTaskAt.get(id) - at)));
    return new RunResult(load, elapsed, cpu, visible, round.formSubmission);
  }

  private void submit(String department) {
    long submitted = System.nanoTime();
    HttpResponse<String> response = agents.get(department).submit("/referrals", Map.of(
        "operator", "CAF",
        "lifeSituation", "SOCIAL_FAMILLE",
        "subject", "Prime d'activité suspendue",
        "description", "La prime d'activité est suspendue depuis trois mois sans explication malgré deux relances.",
        "citizenName", "Camille Martin",
        "consent", "true"));
    String location = response.headers().firstValue("Location").orElse("");
    if (response.statusCode() != 302 || !location.matches(".*/referrals/[0-9a-f-]{36}$")) {
      throw new IllegalStateException("referral not submitted: " + response.statusCode() + " " + location);
    }
    String id = location.substring(location.lastIndexOf('/') + 1);
    round.submittedAt.put(id, submitted);
  }

  private void handle(Task task) {
    if (task.elementId().equals("Task_AnswerReferral")) {
      round.answerTaskAt.put(task.businessKey(), System.nanoTime());
      String department = task.candidateGroups().getFirst().substring("referent:CAF:".length());
      complete(referents.get(department), task, Map.of("outcome", "ANSWERED",
          "answer", "Le dossier est débloqué, le versement repart ce mois-ci."));
    } else if (task.elementId().equals("Task_ReviewAnswer")) {
      String structure = task.candidateGroups().getFirst().substring("agent:".length());
      complete(agentsByStructure.get(structure), task, Map.of("decision", "CLOSE"));
      round.inFlight.release();
    } else {
      throw new IllegalStateException("unexpected task " + task.elementId() + " for " + task.businessKey());
    }
  }

  /** A person opens the task page, then sends the form; only the send is the form submission's time. */
  private void complete(BrowserSession person, Task task, Map<String, String> fields) {
    String path = "/tasks/" + task.id();
    person.get(path);
    long sent = System.nanoTime();
    HttpResponse<String> response = person.submit(path, fields);
    round.formSubmission.add(Duration.ofNanos(System.nanoTime() - sent));
    if (response.statusCode() != 302) {
      throw new IllegalStateException(path + " not submitted: " + response.statusCode());
    }
  }

  private void awaitClosed(String name, int referrals) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (closedCount() < referrals) {
      throwIfFailed();
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(name + ": only " + closedCount() + " of " + referrals + " referrals closed");
      }
      Thread.sleep(50);
    }
  }

  private int closedCount() {
    Set<String> ids = round.submittedAt.keySet();
    if (ids.isEmpty()) {
      return 0;
    }
    return jdbc.sql("select count(*) from referral where status = 'CLOSED' and id = any(?::uuid[])")
        .param(ids.toArray(String[]::new))
        .query(Integer.class)
        .single();
  }

  private UUID structureOf(String username) {
    return jdbc.sql("select structure_id from app_user where username = ?").param(username).query(UUID.class).single();
  }

  private void guarded(Runnable step) {
    try {
      step.run();
    } catch (RuntimeException e) {
      failure.compareAndSet(null, e);
    }
  }

  private void throwIfFailed() {
    if (failure.get() != null) {
      throw new IllegalStateException("a simulated user failed", failure.get());
    }
  }

  @Override
  public void close() throws InterruptedException {
    people.shutdownNow();
    people.awaitTermination(10, TimeUnit.SECONDS);
  }

  /** The bookkeeping of one run, fresh for the warm-up and for the measured run. */
  private static final class Round {
    final Semaphore inFlight;
    final Map<String, Long> submittedAt = new ConcurrentHashMap<>();
    final Map<String, Long> answerTaskAt = new ConcurrentHashMap<>();
    final Latencies formSubmission = new Latencies();

    Round(Semaphore inFlight) {
      this.inFlight = inFlight;
    }
  }
}
