package fr.relais.referral;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and sizes as French users read them: Europe/Paris, day first; kilo-octets. */
final class ReferralTexts {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm", Locale.FRANCE).withZone(ZoneId.of("Europe/Paris"));

  private ReferralTexts() {}

  static String dateTime(Instant instant) {
    return instant == null ? "—" : DATE_TIME.format(instant);
  }

  static String size(long bytes) {
    return bytes < 1024 * 1024
        ? Math.max(1, Math.round(bytes / 1024.0)) + " Ko"
        : String.format(Locale.FRANCE, "%.1f Mo", bytes / (1024.0 * 1024.0));
  }

  static String fileKind(String contentType) {
    return switch (contentType) {
      case "application/pdf" -> "PDF";
      case "image/jpeg" -> "image JPEG";
      case "image/png" -> "image PNG";
      default -> contentType;
    };
  }
}
