package fr.relais.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A due date as users read it: the Paris date and time, and how long is left (or how late it is).
 *
 * @param dueAt the due date formatted in Europe/Paris, or empty
 * @param label "dans 2 j 5 h", "en retard de 3 h", or empty
 * @param overdue whether the date has passed
 * @param iso the instant in ISO-8601, for the {@code datetime} attribute
 */
public record Countdown(String dueAt, String label, boolean overdue, String iso) {

  public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH'h'mm", Locale.FRANCE).withZone(PARIS);

  public static Countdown of(Instant due, Instant now) {
    if (due == null) {
      return new Countdown("", "", false, "");
    }
    Duration left = Duration.between(now, due);
    boolean overdue = left.isNegative();
    String span = span(left.abs());
    return new Countdown(FORMAT.format(due), overdue ? "en retard de " + span : "dans " + span, overdue, due.toString());
  }

  public static String format(Instant instant) {
    return instant == null ? "" : FORMAT.format(instant);
  }

  private static String span(Duration duration) {
    long days = duration.toDays();
    long hours = duration.toHoursPart();
    long minutes = duration.toMinutesPart();
    if (days > 0) {
      return days + " j " + hours + " h";
    }
    return hours > 0 ? hours + " h " + minutes + " min" : minutes + " min";
  }
}
