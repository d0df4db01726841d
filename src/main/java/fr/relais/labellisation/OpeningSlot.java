package fr.relais.labellisation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;

/** One opening period of a weekday, e.g. Tuesday 09:00-12:30. */
public record OpeningSlot(DayOfWeek day, LocalTime opens, LocalTime closes) {

  public OpeningSlot {
    if (!opens.isBefore(closes)) {
      throw new IllegalArgumentException("an opening slot closes after it opens: " + day + " " + opens + "-" + closes);
    }
  }

  Duration length() {
    return Duration.between(opens, closes);
  }

  boolean overlapsOrTouches(OpeningSlot other) {
    return day == other.day && !opens.isAfter(other.closes) && !other.opens.isAfter(closes);
  }
}
