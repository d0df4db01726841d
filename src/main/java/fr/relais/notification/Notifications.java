package fr.relais.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Queues a notification for a candidate group. The dedup key makes a redelivered job's second
 * attempt a no-op: callers derive it from the case and the event, never from the time.
 */
@Service
public class Notifications {

  private final JdbcClient jdbc;
  private final Clock clock;

  Notifications(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Returns whether this call queued the notification (false: it was already queued). */
  public boolean enqueue(String dedupKey, String recipientGroup, String subject, String body) {
    return insert(dedupKey, recipientGroup, null, subject, body);
  }

  /** For someone who has no account yet, such as a newly labelled structure; same dedup rule. */
  public boolean enqueueEmail(String dedupKey, String email, String subject, String body) {
    return insert(dedupKey, null, email, subject, body);
  }

  private boolean insert(String dedupKey, String group, String email, String subject, String body) {
    return jdbc.sql("insert into notification (id, dedup_key, recipient_group, recipient_email, subject, body,"
            + " created_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (dedup_key) do nothing")
        .params(UUID.randomUUID(), dedupKey, group, email, subject, body, Timestamp.from(clock.instant()))
        .update() == 1;
  }
}
