package fr.relais.notification;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * One event as an iCalendar file (RFC 5545) that a mail client adds to a calendar. Times are written in UTC, so no
 * time-zone definition has to travel with them; the UID is stable, so a second copy updates the first entry.
 *
 * @param uid identifies the event across copies, e.g. the agent and the session
 */
public record CalendarInvite(String uid, Instant start, Instant end, String summary, String location) {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** The invitation as an attachment, stamped at {@code now}. */
  public MailAttachment toAttachment(Instant now) {
    String ics = String.join("\r\n",
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Relais//France Services//FR",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        "UID:" + uid,
        "DTSTAMP:" + UTC.format(now.truncatedTo(ChronoUnit.SECONDS)),
        "DTSTART:" + UTC.format(start),
        "DTEND:" + UTC.format(end),
        "SUMMARY:" + escape(summary),
        "LOCATION:" + escape(location),
        "END:VEVENT",
        "END:VCALENDAR",
        "");
    return new MailAttachment("invitation.ics", "text/calendar; charset=UTF-8; method=PUBLISH", ics);
  }

  /** RFC 5545 text: backslash, semicolon, comma and line breaks escaped. */
  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n", "\\n");
  }
}
