package fr.relais.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Deadlines in the mode the configuration chose, so callers never branch on whether weekends
 * count. Immutable; the application builds one per mode it needs.
 */
public final class DeadlineCalculator {

  private final DeadlineMode mode;
  private final WorkingCalendar calendar;

  public DeadlineCalculator(DeadlineMode mode, WorkingCalendar calendar) {
    this.mode = Objects.requireNonNull(mode, "mode");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /** When {@code amount} has run from {@code start}. */
  public Instant deadline(Instant start, Duration amount) {
    requireNotNegative(amount);
    return switch (mode) {
      case WORKING_TIME -> calendar.addWorkingTime(start, amount);
      case CLOCK_TIME -> start.plus(amount);
    };
  }

  /** The instant {@code amount} ahead of {@code deadline}, for reminders. */
  public Instant before(Instant deadline, Duration amount) {
    requireNotNegative(amount);
    return switch (mode) {
      case WORKING_TIME -> calendar.subtractWorkingTime(deadline, amount);
      case CLOCK_TIME -> deadline.minus(amount);
    };
  }

  /**
   * What is left until {@code deadline}, never negative, so a paused wait can resume with
   * {@code deadline(resumedAt, remaining)}.
   */
  public Duration remaining(Instant now, Instant deadline) {
    return switch (mode) {
      case WORKING_TIME -> calendar.workingTimeBetween(now, deadline);
      case CLOCK_TIME -> deadline.isAfter(now) ? Duration.between(now, deadline) : Duration.ZERO;
    };
  }

  // Checked here too so a negative setting fails the same way whichever mode is configured.
  private static void requireNotNegative(Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("A deadline amount must not be negative: " + amount);
    }
  }
}
