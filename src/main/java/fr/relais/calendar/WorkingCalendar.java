package fr.relais.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Working time as the operators count it: every hour of a working day (Monday to Friday, not a
 * public holiday) counts, nothing else does, so 72 working hours are 3 working days and end at the
 * same local time of day.
 *
 * <p>Days start at local midnight in the calendar's zone. A working day counts for its real length;
 * in Europe/Paris clocks change on Sunday nights, so every working day is 24 hours and a daylight
 * saving change between start and deadline does not move the deadline's local time. Counting real
 * time rather than wall-clock time keeps {@link #addWorkingTime} and {@link #workingTimeBetween}
 * exact inverses, which stored deadlines rely on when a paused timer resumes.
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkingCalendar {

  private final ZoneId zone;
  private final FrenchPublicHolidays holidays;

  public WorkingCalendar(ZoneId zone, FrenchPublicHolidays holidays) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.holidays = Objects.requireNonNull(holidays, "holidays");
  }

  public ZoneId zone() {
    return zone;
  }

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isHoliday(date);
  }

  /**
   * The earliest instant by which {@code amount} of working time has elapsed since {@code start}. A
   * start outside working time begins counting at the next working day's midnight, so a Saturday
   * start plus one working day ends on Tuesday at 00:00; an amount that ends exactly at the end of a
   * working day gives the next midnight rather than a later Monday.
   */
  public Instant addWorkingTime(Instant start, Duration amount) {
    requireNotNegative(amount);
    if (amount.isZero()) {
      return start;
    }
    Instant cursor = start;
    Duration left = amount;
    LocalDate day = LocalDate.ofInstant(start, zone);
    while (true) {
      Instant dayEnd = startOf(day.plusDays(1));
      if (isWorkingDay(day)) {
        Duration available = Duration.between(cursor, dayEnd);
        if (left.compareTo(available) <= 0) {
          return cursor.plus(left);
        }
        left = left.minus(available);
      }
      cursor = dayEnd;
      day = day.plusDays(1);
    }
  }

  /**
   * The latest instant from which {@code amount} of working time remains until {@code end}: the
   * reminder "one working day before" a Monday 10:00 deadline is the previous Friday 10:00.
   */
  public Instant subtractWorkingTime(Instant end, Duration amount) {
    requireNotNegative(amount);
    if (amount.isZero()) {
      return end;
    }
    Instant cursor = end;
    Duration left = amount;
    LocalDate day = LocalDate.ofInstant(end, zone);
    while (true) {
      Instant dayStart = startOf(day);
      if (isWorkingDay(day)) {
        Duration available = Duration.between(dayStart, cursor);
        if (left.compareTo(available) <= 0) {
          return cursor.minus(left);
        }
        left = left.minus(available);
      }
      cursor = dayStart;
      day = day.minusDays(1);
    }
  }

  /** The working time elapsed from {@code from} to {@code to}; zero when {@code to} is not after {@code from}. */
  public Duration workingTimeBetween(Instant from, Instant to) {
    Duration total = Duration.ZERO;
    if (!to.isAfter(from)) {
      return total;
    }
    LocalDate last = LocalDate.ofInstant(to, zone);
    for (LocalDate day = LocalDate.ofInstant(from, zone); !day.isAfter(last); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        Instant start = later(startOf(day), from);
        Instant end = earlier(startOf(day.plusDays(1)), to);
        if (end.isAfter(start)) {
          total = total.plus(Duration.between(start, end));
        }
      }
    }
    return total;
  }

  // atStartOfDay rather than LocalTime.MIDNIGHT: where clocks change at midnight the day starts at 01:00.
  private Instant startOf(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static void requireNotNegative(Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("Working time must not be negative: " + amount);
    }
  }

  @Override
  public String toString() {
    return "WorkingCalendar[" + zone + "]";
  }
}
