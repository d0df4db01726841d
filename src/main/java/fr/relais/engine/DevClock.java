package fr.relais.engine;

import io.camunda.client.jobhandling.JobWorkerManager;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Time travel for demos and tests in embedded mode: the engine, the app and the task list move together. */
@Service
@ConditionalOnProperty(name = EmbeddedEngineDefaults.EMBEDDED, havingValue = "true")
public class DevClock {

  private final EngineClock clock;
  private final EngineQuiescence quiescence;
  private final ApplicationEventPublisher events;
  private final EngineProperties properties;
  private final ProcessWaits waits;

  DevClock(EngineClock clock, ZeebeTestEngine embeddedEngine, UserTaskReceipts receipts, JobWorkerManager workers,
      ApplicationEventPublisher events, EngineProperties properties, ProcessWaits waits) {
    this.clock = clock;
    this.quiescence = new EngineQuiescence(embeddedEngine, receipts,
        type -> workers.findJobWorkerConfigByType(type).isPresent(), clock);
    this.events = events;
    this.properties = properties;
    this.waits = waits;
  }

  /** Advances, then returns once the timers due by then have fired and their jobs were handled. */
  public Instant advance(Duration duration) throws TimeoutException {
    Instant now = clock.advance(duration);
    waits.saveClockOffset(clock.offset());
    quiescence.await(properties.quiescenceTimeout());
    events.publishEvent(new ClockAdvanced(now));
    return now;
  }

  public Instant now() {
    return clock.instant();
  }
}
