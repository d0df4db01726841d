package fr.relais.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DeadlineCalculatorTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Duration SEVENTY_TWO_HOURS = Duration.ofHours(72);

  private final WorkingCalendar calendar = new WorkingCalendar(PARIS, new FrenchPublicHolidays());
  private final DeadlineCalculator workingTime = new DeadlineCalculator(DeadlineMode.WORKING_TIME, calendar);
  private final DeadlineCalculator clockTime = new DeadlineCalculator(DeadlineMode.CLOCK_TIME, calendar);

  @Test
  void workingTimeModeSkipsTheWeekend() {
    Instant friday = paris("2025-06-13T15:00");

    assertThat(workingTime.deadline(friday, SEVENTY_TWO_HOURS)).isEqualTo(paris("2025-06-18T15:00"));
  }

  @Test
  void clockTimeModeIsPlainSeventyTwoHoursEvenAcrossAClockChange() {
    Instant friday = paris("2026-03-27T15:00");

    Instant due = clockTime.deadline(friday, SEVENTY_TWO_HOURS);

    assertThat(Duration.between(friday, due)).isEqualTo(SEVENTY_TWO_HOURS);
    assertThat(due).isEqualTo(paris("2026-03-30T16:00"));
  }

  @Test
  void aReminderOneDayBeforeAMondayDeadlineIsFridayInWorkingTimeAndSundayInClockTime() {
    Instant monday = paris("2025-06-16T10:00");

    assertThat(workingTime.before(monday, Duration.ofHours(24))).isEqualTo(paris("2025-06-13T10:00"));
    assertThat(clockTime.before(monday, Duration.ofHours(24))).isEqualTo(paris("2025-06-15T10:00"));
  }

  @Test
  void remainingTimeCountsOnlyWorkingHoursInWorkingTimeMode() {
    Instant fridayEvening = paris("2025-06-13T18:00");
    Instant mondayMorning = paris("2025-06-16T10:00");

    assertThat(workingTime.remaining(fridayEvening, mondayMorning)).isEqualTo(Duration.ofHours(16));
    assertThat(clockTime.remaining(fridayEvening, mondayMorning)).isEqualTo(Duration.ofHours(64));
  }

  @Test
  void remainingTimeIsZeroOnceTheDeadlineHasPassed() {
    Instant deadline = paris("2025-06-16T10:00");
    Instant later = deadline.plusSeconds(60);

    assertThat(workingTime.remaining(later, deadline)).isZero();
    assertThat(clockTime.remaining(later, deadline)).isZero();
  }

  @Test
  void aPausedWaitResumesWithTheWorkingTimeItHadLeft() {
    Instant submitted = paris("2025-06-13T15:00");
    Instant deadline = workingTime.deadline(submitted, SEVENTY_TWO_HOURS);
    Instant pausedAt = paris("2025-06-16T09:00");
    Duration left = workingTime.remaining(pausedAt, deadline);

    Instant resumedDeadline = workingTime.deadline(paris("2025-06-20T09:00"), left);

    assertThat(left).isEqualTo(Duration.ofHours(54));
    assertThat(resumedDeadline).isEqualTo(paris("2025-06-24T15:00"));
  }

  private static Instant paris(String localDateTime) {
    return ZonedDateTime.of(LocalDateTime.parse(localDateTime), PARIS).toInstant();
  }
}
