package fr.relais.notification;

import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers queued notifications. No mail relay is configured for Relais yet, so delivery is a
 * structured log line per message; the outbox contract (store first, send once) already holds.
 */
@Component
class NotificationSender {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationSender.class);

  private final JdbcClient jdbc;
  private final Clock clock;

  NotificationSender(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${relais.notifications.send-interval:PT10S}")
  @Transactional
  public void sendPending() {
    jdbc.sql("select id, coalesce(recipient_group, recipient_email) as recipient, subject from notification where sent_at is null"
            + " order by created_at limit 100 for update skip locked")
        .query((rs, rowNum) -> {
          LOG.info("notification to={} subject={}", rs.getString("recipient"), rs.getString("subject"));
          return rs.getObject("id", java.util.UUID.class);
        })
        .list()
        .forEach(id -> jdbc.sql("update notification set sent_at = ? where id = ?")
            .params(Timestamp.from(clock.instant()), id)
            .update());
  }
}
