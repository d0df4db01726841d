package fr.relais.forms;

import fr.relais.forms.FieldValues.Coerced;
import fr.relais.forms.FormComponent.DateTime;
import fr.relais.forms.FormComponent.TimeFormat;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times of {@code datetime} fields: read from what a browser input posts (or an ISO string), written
 * the way form-js serialises them ({@code timeSerializingFormat}). Local times are Europe/Paris.
 */
final class DateTimeValues {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static final Pattern TIME = Pattern.compile("(\\d{2}):(\\d{2})(?::(\\d{2}))?(Z|[+-]\\d{2}:\\d{2})?");
  private static final Pattern FRENCH_DATE = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})");
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter DATE_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private DateTimeValues() {}

  static Coerced coerce(DateTime field, Object raw, Clock clock) {
    String message = switch (field.subtype()) {
      case DATE -> FormMessages.DATE;
      case TIME -> FormMessages.TIME;
      case DATETIME -> FormMessages.DATE_TIME;
    };
    if (raw == null) {
      return Coerced.ABSENT;
    }
    if (!(raw instanceof String string) || string.length() > 64) {
      return Coerced.error(message);
    }
    String text = string.strip();
    if (text.isEmpty()) {
      return Coerced.ABSENT;
    }
    try {
      return switch (field.subtype()) {
        case DATE -> date(field, text, clock);
        case TIME -> time(field.timeFormat(), text, clock);
        case DATETIME -> dateTime(field, text, clock);
      };
    } catch (DateTimeException e) {
      return Coerced.error(message);
    }
  }

  private static Coerced date(DateTime field, String text, Clock clock) {
    LocalDate date = parseDate(text);
    if (field.disallowPassedDates() && date.isBefore(LocalDate.now(clock.withZone(PARIS)))) {
      return Coerced.error(FormMessages.PAST_DATE);
    }
    return Coerced.of(date.toString());
  }

  private static Coerced time(TimeFormat format, String text, Clock clock) {
    Matcher matcher = TIME.matcher(text);
    if (!matcher.matches()) {
      throw new DateTimeException(text);
    }
    LocalTime time = LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    // A time alone has no date: Paris' offset of today stands in, as form-js uses the browser's current one.
    ZoneOffset paris = PARIS.getRules().getOffset(clock.instant());
    if (matcher.group(4) != null) {
      ZoneOffset given = matcher.group(4).equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(matcher.group(4));
      time = time.atOffset(given).withOffsetSameInstant(paris).toLocalTime();
    }
    return Coerced.of(switch (format) {
      case NO_TIMEZONE -> time.format(MINUTES);
      case UTC_OFFSET -> time.format(MINUTES) + paris.getId();
      case UTC_NORMALIZED -> time.atOffset(paris).withOffsetSameInstant(ZoneOffset.UTC).format(MINUTES) + "Z";
    });
  }

  private static Coerced dateTime(DateTime field, String text, Clock clock) {
    ZonedDateTime moment = parseDateTime(text);
    if (field.disallowPassedDates() && moment.toLocalDate().isBefore(LocalDate.now(clock.withZone(PARIS)))) {
      return Coerced.error(FormMessages.PAST_DATE);
    }
    return Coerced.of(switch (field.timeFormat()) {
      case NO_TIMEZONE -> moment.format(DATE_MINUTES);
      case UTC_OFFSET -> moment.format(DATE_MINUTES) + moment.getOffset().getId();
      case UTC_NORMALIZED -> moment.withZoneSameInstant(ZoneOffset.UTC).format(DATE_MINUTES) + "Z";
    });
  }

  /** ISO (what a date input posts) or the French JJ/MM/AAAA a user may type where the browser has no picker. */
  private static LocalDate parseDate(String text) {
    Matcher french = FRENCH_DATE.matcher(text);
    return french.matches()
        ? LocalDate.of(Integer.parseInt(french.group(3)), Integer.parseInt(french.group(2)),
            Integer.parseInt(french.group(1)))
        : LocalDate.parse(text);
  }

  /** The value as an HTML date, time or datetime-local input shows it (Paris time); as given if unreadable. */
  static String htmlValue(DateTime field, String raw, Clock clock) {
    String text = raw.strip();
    try {
      return switch (field.subtype()) {
        case DATE -> parseDate(text).toString();
        case TIME -> (String) time(TimeFormat.NO_TIMEZONE, text, clock).value();
        case DATETIME -> parseDateTime(text).format(DATE_MINUTES);
      };
    } catch (DateTimeException e) {
      return raw;
    }
  }

  /** A date-time with an offset keeps its instant; one without (a datetime-local input) is Paris time. */
  static ZonedDateTime parseDateTime(String text) {
    try {
      return OffsetDateTime.parse(text).atZoneSameInstant(PARIS);
    } catch (DateTimeException withoutOffset) {
      return LocalDateTime.parse(text).atZone(PARIS);
    }
  }
}
