package fr.relais.engine;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The app's clock in embedded mode: the engine's clock, which is the system time plus every advance
 * made through {@link #advance}. Due dates, countdowns, stored timestamps and BPMN timers therefore move
 * together when an admin travels in time.
 */
public class EngineClock extends Clock {

  private final ZeebeTestEngine engine;
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  EngineClock(ZeebeTestEngine engine) {
    this.engine = engine;
  }

  /** Moves the engine clock forward; timers due by then fire. */
  public synchronized Instant advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("the engine clock only moves forward");
    }
    engine.increaseTime(duration);
    offset.updateAndGet(current -> current.plus(duration));
    return instant();
  }

  /** How far the clock was moved in all, so a later run can start from the same time. */
  Duration offset() {
    return offset.get();
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(Clock.system(zone), offset.get());
  }
}
