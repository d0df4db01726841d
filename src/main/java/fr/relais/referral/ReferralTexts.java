package fr.relais.referral;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as French users read them: Europe/Paris, day first. */
final class ReferralTexts {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm", Locale.FRANCE).withZone(ZoneId.of("Europe/Paris"));

  private ReferralTexts() {}

  static String dateTime(Instant instant) {
    return instant == null ? "—" : DATE_TIME.format(instant);
  }
}
