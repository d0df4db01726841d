package fr.relais.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.MimeMessagePreparator;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox through the configured relay (or the embedded mailbox), one e-mail per transaction.
 *
 * <p>Why the row stays locked while the relay is talked to, and the transaction commits right after: the lock
 * ({@code for update skip locked}) keeps every other sender, on this node or another one, off the row while it is
 * being sent; a node that dies before its relay accepted the message rolls back, the row is due again and the next
 * sender sends it once. Marking the row "sending" in a first transaction instead would strand it on a crash (or send
 * it twice after a timeout guess). What no design removes is the instant between the relay's acceptance and the
 * commit: a crash exactly there sends the message again. Keeping one row per transaction makes that window the few
 * milliseconds of one update, never a batch.
 */
@Component
class OutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
  /** Per run, so one look at the outbox never keeps a thread for long; the rest waits for the next run. */
  private static final int BATCH = 100;

  private final MailOutbox outbox;
  private final JavaMailSender relay;
  private final TransactionTemplate transaction;
  private final RelaisMailProperties properties;
  private final Clock clock;

  OutboxSender(MailOutbox outbox, JavaMailSender relay, TransactionTemplate transaction,
      RelaisMailProperties properties, Clock clock) {
    this.outbox = outbox;
    this.relay = relay;
    this.transaction = transaction;
    this.properties = properties;
    this.clock = clock;
  }

  /** Sends what is due; returns how many e-mails the relay accepted. */
  @Scheduled(fixedDelayString = "${relais.mail.send-interval:PT2S}")
  public int sendDue() {
    return sendDue(relay);
  }

  int sendDue(JavaMailSender through) {
    int sent = 0;
    for (int i = 0; i < BATCH; i++) {
      Attempt attempt = transaction.execute(status -> sendNext(through));
      if (attempt == Attempt.NOTHING_DUE) {
        break;
      }
      sent += attempt == Attempt.SENT ? 1 : 0;
    }
    return sent;
  }

  /** Within the caller's transaction: claims one due e-mail, sends it, records the outcome. */
  Attempt sendNext(JavaMailSender through) {
    Instant now = clock.instant();
    Optional<OutboxMail> next = outbox.claimNextDue(now);
    if (next.isEmpty()) {
      return Attempt.NOTHING_DUE;
    }
    OutboxMail mail = next.get();
    try {
      through.send((MimeMessagePreparator) message -> write(mail, message, now));
      outbox.markSent(mail.id(), clock.instant());
      return Attempt.SENT;
    } catch (MailException e) {
      int attempts = mail.attempts() + 1;
      Optional<Instant> retryAt = attempts >= properties.maxAttempts() ? Optional.empty()
          : Optional.of(now.plus(properties.retryAfter(attempts)));
      LOG.warn("e-mail {} ({}) not sent, attempt {}: {}", mail.id(), mail.eventKey(), attempts, reason(e));
      outbox.recordFailure(mail.id(), reason(e), retryAt);
      return Attempt.FAILED;
    }
  }

  private void write(OutboxMail mail, MimeMessage message, Instant now) throws MessagingException {
    MimeMessageHelper helper = new MimeMessageHelper(message, mail.attachment() != null,
        StandardCharsets.UTF_8.name());
    helper.setFrom(properties.from());
    helper.setTo(mail.recipientEmail());
    helper.setSubject(mail.subject());
    helper.setText(mail.body());
    helper.setSentDate(Date.from(now));
    if (mail.attachment() != null) {
      helper.addAttachment(mail.attachment().fileName(),
          new ByteArrayResource(mail.attachment().content().getBytes(StandardCharsets.UTF_8)),
          mail.attachment().contentType());
    }
  }

  /** What an administrator reads on the outbox page: the relay's own words, innermost first. */
  private static String reason(Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
  }

  enum Attempt { SENT, FAILED, NOTHING_DUE }
}
