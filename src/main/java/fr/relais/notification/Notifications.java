package fr.relais.notification;

import fr.relais.security.NotificationMode;
import fr.relais.security.Recipient;
import fr.relais.security.UserAccounts;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people of an event by e-mail, in the transaction of the change that causes it: the event is recorded once
 * under its key (callers derive it from the case and the event, never from the time, so a redelivered job's second
 * attempt is a no-op), and one e-mail per person goes to the outbox, which the sender delivers afterwards.
 * E-mails carry a reference and a link, never the citizen's data.
 */
@Service
public class Notifications {

  private static final String SIGNATURE = "\n\n-- \nRelais, réseau France Services. Message automatique : merci de ne pas"
      + " y répondre.";

  private final JdbcClient jdbc;
  private final MailOutbox outbox;
  private final UserAccounts users;
  private final Clock clock;

  Notifications(JdbcClient jdbc, MailOutbox outbox, UserAccounts users, Clock clock) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.users = users;
    this.clock = clock;
  }

  /**
   * Tells every active member of a candidate group who has an address, as the group stands now. Returns whether this
   * call recorded the event (false: it was recorded before, and nobody is told twice).
   */
  @Transactional
  public boolean enqueue(String eventKey, String recipientGroup, String subject, String body) {
    return enqueue(eventKey, recipientGroup, subject, body, null);
  }

  /** The same, with a file joined to every copy (a calendar invitation...). */
  @Transactional
  public boolean enqueue(String eventKey, String recipientGroup, String subject, String body,
      MailAttachment attachment) {
    if (!recordEvent(eventKey, recipientGroup, null, subject, body)) {
      return false;
    }
    tellEach(eventKey, users.activeMembersOf(recipientGroup), subject, body, attachment);
    return true;
  }

  /**
   * For an address without an account (a structure's contact, a password link): sent as soon as possible, never
   * held for a digest. Same rule for the key.
   */
  @Transactional
  public boolean enqueueEmail(String eventKey, String email, String subject, String body) {
    if (!recordEvent(eventKey, null, email, subject, body)) {
      return false;
    }
    outbox.add(eventKey, email, null, subject, signed(body), null, OutboxStatus.PENDING, clock.instant());
    return true;
  }

  /**
   * One e-mail per person for an event that is not recorded apart (a new task: the task row is its record); someone
   * who chose the daily digest finds it there instead. Returns how many e-mails were added.
   */
  @Transactional
  int tellEach(String eventKey, Collection<Recipient> recipients, String subject, String body,
      MailAttachment attachment) {
    Instant now = clock.instant();
    int added = 0;
    for (Recipient recipient : recipients) {
      OutboxStatus status = recipient.mode() == NotificationMode.DIGEST ? OutboxStatus.HELD : OutboxStatus.PENDING;
      added += outbox.add(eventKey, recipient.email(), recipient.username(), subject, signed(body), attachment,
          status, now) ? 1 : 0;
    }
    return added;
  }

  /** Every e-mail ends the same way, so nobody answers a mailbox nobody reads. */
  static String signed(String body) {
    return body + SIGNATURE;
  }

  private boolean recordEvent(String eventKey, String group, String email, String subject, String body) {
    return jdbc.sql("insert into notification (id, dedup_key, recipient_group, recipient_email, subject, body,"
            + " created_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (dedup_key) do nothing")
        .params(UUID.randomUUID(), eventKey, group, email, subject, body, Timestamp.from(clock.instant()))
        .update() == 1;
  }
}
