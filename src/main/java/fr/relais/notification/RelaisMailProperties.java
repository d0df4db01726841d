package fr.relais.notification;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Relais sends its e-mails; the relay itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from the sender address every e-mail carries
 * @param sendInterval how long the sender waits between two looks at the outbox
 * @param maxAttempts after this many failed attempts a message is marked FAILED and left for an administrator
 * @param firstRetryAfter the wait after the first failure; it doubles after each further one
 * @param maxRetryAfter the longest wait between two attempts
 * @param digestAt when the daily digest leaves, Paris time, on working days
 * @param digestCheckInterval how often the digest's hour is looked for (the dev clock may jump past it)
 */
@ConfigurationProperties("relais.mail")
record RelaisMailProperties(
    @DefaultValue("Relais <ne-pas-repondre@relais.localhost>") String from,
    @DefaultValue("PT2S") Duration sendInterval,
    @DefaultValue("8") int maxAttempts,
    @DefaultValue("PT1M") Duration firstRetryAfter,
    @DefaultValue("PT6H") Duration maxRetryAfter,
    @DefaultValue("08:00") LocalTime digestAt,
    @DefaultValue("PT1M") Duration digestCheckInterval) {

  /** Exponential backoff: first, twice that, four times... never more than the maximum. */
  Duration retryAfter(int failedAttempts) {
    Duration wait = firstRetryAfter;
    for (int i = 1; i < failedAttempts && wait.compareTo(maxRetryAfter) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait;
  }
}
