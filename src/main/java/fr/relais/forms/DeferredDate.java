package fr.relais.forms;

import java.time.LocalDate;

/**
 * The day a decision is put off to (a postponed label decision or opening, the end of a suspension). A timer waits
 * for it, so it lies after today, and within the year, while the reasons given are still current.
 */
public final class DeferredDate {

  public static final int DAYS_AHEAD = 365;

  private DeferredDate() {}

  /** Whether a submitted date field, when filled, holds such a day. */
  public static boolean isAcceptable(Object value, LocalDate today) {
    if (!(value instanceof String text)) {
      return true;
    }
    LocalDate date = LocalDate.parse(text);
    return date.isAfter(today) && !date.isAfter(today.plusDays(DAYS_AHEAD));
  }
}
