package fr.relais.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mail_outbox table: one e-mail per (event, recipient address). */
@Repository
class MailOutbox {

  private static final String COLUMNS = "id, event_key, recipient_email, recipient_username, subject, body,"
      + " attachment_name, attachment_type, attachment_content, status, attempts, next_attempt_at, last_error,"
      + " created_at, sent_at";
  private static final int ERROR_LENGTH = 500;
  private static final RowMapper<OutboxMail> MAPPER = MailOutbox::map;

  private final JdbcClient jdbc;

  MailOutbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns whether the e-mail was added: false when this event already went to this address. */
  boolean add(String eventKey, String email, String username, String subject, String body, MailAttachment attachment,
      OutboxStatus status, Instant now) {
    return jdbc.sql("insert into mail_outbox (id, event_key, recipient_email, recipient_username, subject, body,"
            + " attachment_name, attachment_type, attachment_content, status, next_attempt_at, created_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (event_key, recipient_email) do nothing")
        .params(UUID.randomUUID(), eventKey, email, username, subject, body,
            attachment == null ? null : attachment.fileName(), attachment == null ? null : attachment.contentType(),
            attachment == null ? null : attachment.content(), status.name(),
            status == OutboxStatus.PENDING ? Timestamp.from(now) : null, Timestamp.from(now))
        .update() == 1;
  }

  /**
   * The next e-mail due, locked until the calling transaction ends; rows another sender holds are skipped, so two
   * senders (two nodes) never take the same one.
   */
  Optional<OutboxMail> claimNextDue(Instant now) {
    return jdbc.sql("select " + COLUMNS + " from mail_outbox where status = 'PENDING' and next_attempt_at <= ?"
            + " order by next_attempt_at, created_at limit 1 for update skip locked")
        .param(Timestamp.from(now))
        .query(MAPPER)
        .optional();
  }

  void markSent(UUID id, Instant now) {
    jdbc.sql("update mail_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1, next_attempt_at = null,"
            + " last_error = null where id = ?")
        .params(Timestamp.from(now), id)
        .update();
  }

  /** A failed attempt: tried again at {@code retryAt}, or given up (FAILED) when there is none. */
  void recordFailure(UUID id, String error, Optional<Instant> retryAt) {
    jdbc.sql("update mail_outbox set attempts = attempts + 1, last_error = ?, status = ?, next_attempt_at = ?"
            + " where id = ?")
        .params(error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error,
            retryAt.isPresent() ? OutboxStatus.PENDING.name() : OutboxStatus.FAILED.name(),
            retryAt.map(Timestamp::from).orElse(null), id)
        .update();
  }

  /** The messages held for someone's digest, locked so that two nodes building it list each message once. */
  List<OutboxMail> lockHeldFor(String username) {
    return jdbc.sql("select " + COLUMNS + " from mail_outbox where status = 'HELD' and recipient_username = ?"
            + " order by created_at for update")
        .param(username)
        .query(MAPPER)
        .list();
  }

  void markDigested(List<UUID> ids, String digestKey) {
    if (!ids.isEmpty()) {
      jdbc.sql("update mail_outbox set status = 'DIGESTED', digest_key = :digest where id in (:ids)")
          .param("digest", digestKey)
          .param("ids", ids)
          .update();
    }
  }

  boolean hasEvent(String eventKey) {
    return jdbc.sql("select exists (select 1 from mail_outbox where event_key = ?)").param(eventKey)
        .query(Boolean.class).single();
  }

  /** Someone who no longer wants a digest gets what was held for it at once. */
  int releaseHeld(String username, Instant now) {
    return jdbc.sql("update mail_outbox set status = 'PENDING', next_attempt_at = ? where status = 'HELD'"
            + " and recipient_username = ?")
        .params(Timestamp.from(now), username)
        .update();
  }

  /** What is not delivered yet or will not be: waiting, held for a digest, given up; newest first. */
  List<OutboxMail> undelivered(int limit) {
    return jdbc.sql("select " + COLUMNS + " from mail_outbox where status in ('PENDING', 'HELD', 'FAILED')"
            + " order by created_at desc limit ?")
        .param(limit)
        .query(MAPPER)
        .list();
  }

  Map<OutboxStatus, Long> countByStatus() {
    return jdbc.sql("select status, count(*) as n from mail_outbox group by status")
        .query((rs, rowNum) -> Map.entry(OutboxStatus.valueOf(rs.getString("status")), rs.getLong("n")))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static OutboxMail map(ResultSet rs, int rowNum) throws SQLException {
    String attachmentName = rs.getString("attachment_name");
    return new OutboxMail(
        rs.getObject("id", UUID.class),
        rs.getString("event_key"),
        rs.getString("recipient_email"),
        rs.getString("recipient_username"),
        rs.getString("subject"),
        rs.getString("body"),
        attachmentName == null ? null
            : new MailAttachment(attachmentName, rs.getString("attachment_type"), rs.getString("attachment_content")),
        OutboxStatus.valueOf(rs.getString("status")),
        rs.getInt("attempts"),
        instant(rs.getTimestamp("next_attempt_at")),
        rs.getString("last_error"),
        instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("sent_at")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
