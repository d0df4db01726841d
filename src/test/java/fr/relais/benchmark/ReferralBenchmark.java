package fr.relais.benchmark;

import fr.relais.RelaisApplication;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Referral throughput and latency of the whole of Relais against the same BPMN on a bare in-memory engine,
 * measured one after the other in one JVM on one machine. Not part of the suite (surefire excludes
 * {@code *Benchmark}); run it with
 * {@code ./mvnw -B test -Dtest=ReferralBenchmark [-Dbenchmark.referrals=500] [-Dbenchmark.in-flight=64]}.
 * It prints its numbers and asserts nothing about them: a machine's speed is not a test verdict.
 *
 * <p>Relais is started by hand after the baseline is over rather than as a Spring test context, because two
 * in-memory engines alive in one JVM corrupt each other (see {@code OwnEngine}).
 */
class ReferralBenchmark {

  private static final int REFERRALS = Integer.getInteger("benchmark.referrals", 500);
  private static final int IN_FLIGHT = Integer.getInteger("benchmark.in-flight", 64);
  private static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 100);

  @Test
  void referralsThroughRelaisAgainstTheBareEngine() throws Exception {
    RunResult bareBefore;
    String bareWork;
    try (BareEngineRun engine = new BareEngineRun()) {
      engine.run(Load.saturating("bare engine warm-up", WARM_UP, IN_FLIGHT));
      EngineRecords records = engine.records();
      records.mark();
      bareBefore = engine.run(Load.saturating("bare engine", REFERRALS, IN_FLIGHT));
      bareWork = records.perReferralSinceMark(REFERRALS);
    }
    RunResult relais;
    RunResult relaisSteady;
    String relaisWork;
    try (ConfigurableApplicationContext context = startRelais();
        RelaisRun full = new RelaisRun(URI.create("http://localhost:" + port(context)),
            context.getBean(JdbcClient.class), context.getBean(TaskOpenings.class))) {
      full.run(Load.saturating("Relais warm-up", WARM_UP, IN_FLIGHT));
      EngineRecords records = new EngineRecords(context.getBean(ZeebeTestEngine.class));
      records.mark();
      relais = full.run(Load.saturating("Relais", REFERRALS, IN_FLIGHT));
      relaisWork = records.perReferralSinceMark(REFERRALS);
      relaisSteady = full.run(Load.steady("Relais", REFERRALS, relais.perSecond() / 2));
    }
    // The baseline again, after Relais, so a machine that got slower or faster meanwhile shows.
    RunResult bareAfter;
    RunResult bareSteady;
    try (BareEngineRun engine = new BareEngineRun()) {
      engine.run(Load.saturating("bare engine warm-up", WARM_UP, IN_FLIGHT));
      bareAfter = engine.run(Load.saturating("bare engine", REFERRALS, IN_FLIGHT));
      bareSteady = engine.run(Load.steady("bare engine", REFERRALS, relais.perSecond() / 2));
    }

    double bareRate = (bareBefore.perSecond() + bareAfter.perSecond()) / 2;
    System.out.printf("%n=== Referral benchmark: %d referrals per run, %d cores, %s ===%n",
        REFERRALS, Runtime.getRuntime().availableProcessors(), Runtime.version());
    for (RunResult run : List.of(bareBefore, bareAfter, relais, bareSteady, relaisSteady)) {
      System.out.println(run.describe());
    }
    System.out.println("Engine work, saturated runs: bare engine " + bareWork + "; Relais " + relaisWork);
    System.out.printf("Relais / bare engine throughput: %.2f (goal >= 0.5; bare engine = mean of its two runs)%n",
        relais.perSecond() / bareRate);
    System.out.printf("Relais at a steady %.1f referrals/s: submission -> task visible p50 %s, p99 %s;"
            + " form submission p99 %s (goal <= 250 ms)%n", relaisSteady.load().perSecond(),
        relaisSteady.taskVisible().percentile(50), relaisSteady.taskVisible().percentile(99),
        relaisSteady.formSubmission().percentile(99));
    System.out.println("Bare engine: 'task visible' = instance created -> user-task job received; 'form submission' ="
        + " the engine's complete-job round trip. Relais: 'task visible' = submission page post sent -> task"
        + " committed to the list; 'form submission' = the task page post. Relais' JVM CPU includes the"
        + " simulated browsers, not the embedded PostgreSQL (its own processes).");
  }

  private static ConfigurableApplicationContext startRelais() {
    return new SpringApplicationBuilder(RelaisApplication.class, Listening.class)
        .properties("server.port=0", "relais.database.data-directory=", "logging.level.root=WARN")
        .run();
  }

  private static int port(ConfigurableApplicationContext context) {
    return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class Listening {
    @Bean
    TaskOpenings taskOpenings() {
      return new TaskOpenings();
    }
  }
}
