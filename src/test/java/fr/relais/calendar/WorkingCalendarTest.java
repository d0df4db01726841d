package fr.relais.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Duration THREE_WORKING_DAYS = Duration.ofHours(72);
  private static final Duration ONE_WORKING_DAY = Duration.ofHours(24);

  private final WorkingCalendar calendar = new WorkingCalendar(PARIS, new FrenchPublicHolidays());

  @Test
  void aFridayAfternoonSubmissionIsDueTheNextWednesdayAfternoon() {
    Instant friday = paris("2025-06-13T15:30");

    assertThat(calendar.addWorkingTime(friday, THREE_WORKING_DAYS)).isEqualTo(paris("2025-06-18T15:30"));
  }

  @Test
  void aSaturdaySubmissionIsDueThursdayAtMidnight() {
    Instant saturday = paris("2025-06-14T10:00");

    assertThat(calendar.addWorkingTime(saturday, THREE_WORKING_DAYS)).isEqualTo(paris("2025-06-19T00:00"));
  }

  @Test
  void aSubmissionOnAHolidayStartsCountingAtTheNextWorkingMidnight() {
    Instant easterMonday = paris("2025-04-21T14:00");

    assertThat(calendar.addWorkingTime(easterMonday, Duration.ofHours(1))).isEqualTo(paris("2025-04-22T01:00"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Easter Monday, 2025-04-18T10:00, 2025-04-24T10:00",
    "1 May,         2025-04-29T09:00, 2025-05-05T09:00",
    "14 July,       2025-07-11T16:00, 2025-07-17T16:00",
    "Christmas,     2025-12-24T11:00, 2025-12-30T11:00"
  })
  void aSubmissionBeforeAHolidayIsDueOneDayLater(String holiday, LocalDateTime submitted, LocalDateTime due) {
    assertThat(calendar.addWorkingTime(paris(submitted), THREE_WORKING_DAYS)).isEqualTo(paris(due));
  }

  @Test
  void aDaylightSavingChangeInBetweenKeepsTheLocalTimeOfDay() {
    Instant beforeSpringForward = paris("2026-03-27T15:00");
    Instant beforeFallBack = paris("2025-10-24T09:00");

    Instant springDue = calendar.addWorkingTime(beforeSpringForward, THREE_WORKING_DAYS);
    Instant autumnDue = calendar.addWorkingTime(beforeFallBack, THREE_WORKING_DAYS);

    assertThat(springDue).isEqualTo(paris("2026-04-01T15:00"));
    assertThat(Duration.between(beforeSpringForward, springDue)).isEqualTo(Duration.ofDays(5).minusHours(1));
    assertThat(autumnDue).isEqualTo(paris("2025-10-29T09:00"));
    assertThat(Duration.between(beforeFallBack, autumnDue)).isEqualTo(Duration.ofDays(5).plusHours(1));
  }

  @Test
  void addThenBetweenRoundTripsFromAnyStart() {
    var amounts = List.of(
        Duration.ofNanos(1),
        Duration.ofMinutes(90),
        ONE_WORKING_DAY,
        THREE_WORKING_DAYS,
        Duration.ofHours(15 * 24),
        Duration.ofHours(100).plusSeconds(7));
    // Every 5 h 17 min over two years walks every hour of the week, both clock changes and all holidays.
    Duration step = Duration.ofMinutes(317);
    for (Instant start = paris("2025-01-01T00:00"); start.isBefore(paris("2027-01-01T00:00")); start = start.plus(step)) {
      for (Duration amount : amounts) {
        Instant due = calendar.addWorkingTime(start, amount);
        assertThat(calendar.workingTimeBetween(start, due)).as("%s + %s", start, amount).isEqualTo(amount);
        Instant reminder = calendar.subtractWorkingTime(start, amount);
        assertThat(calendar.workingTimeBetween(reminder, start)).as("%s - %s", start, amount).isEqualTo(amount);
      }
    }
  }

  @Test
  void subtractingOneWorkingDayFromAMondayDeadlineGivesTheFridayBefore() {
    Instant monday = paris("2025-06-16T10:00");

    assertThat(calendar.subtractWorkingTime(monday, ONE_WORKING_DAY)).isEqualTo(paris("2025-06-13T10:00"));
  }

  @Test
  void subtractingOneWorkingDayFromAMidnightDeadlineAfterAWeekendGivesFridayMidnight() {
    Instant mondayMidnight = paris("2025-06-16T00:00");

    assertThat(calendar.subtractWorkingTime(mondayMidnight, ONE_WORKING_DAY)).isEqualTo(paris("2025-06-13T00:00"));
  }

  @Test
  void workingTimeBetweenLeavesOutWeekendsAndHolidays() {
    Instant fridayNoon = paris("2025-04-18T12:00");
    Instant tuesdayNoonAfterEasterMonday = paris("2025-04-22T12:00");

    assertThat(calendar.workingTimeBetween(fridayNoon, tuesdayNoonAfterEasterMonday)).isEqualTo(ONE_WORKING_DAY);
  }

  @Test
  void workingTimeBetweenIsZeroWhenTheEndIsNotAfterTheStart() {
    Instant wednesday = paris("2025-06-18T10:00");

    assertThat(calendar.workingTimeBetween(wednesday, wednesday)).isZero();
    assertThat(calendar.workingTimeBetween(wednesday, wednesday.minusSeconds(3600))).isZero();
  }

  @Test
  void weekendsAndHolidaysAreNotWorkingDays() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 6, 13))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 6, 14))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 6, 15))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 7, 14))).isFalse();
  }

  @Test
  void aNegativeAmountIsRefused() {
    Instant now = paris("2025-06-18T10:00");

    assertThatThrownBy(() -> calendar.addWorkingTime(now, Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.subtractWorkingTime(now, Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Instant paris(String localDateTime) {
    return paris(LocalDateTime.parse(localDateTime));
  }

  private static Instant paris(LocalDateTime localDateTime) {
    return ZonedDateTime.of(localDateTime, PARIS).toInstant();
  }
}
