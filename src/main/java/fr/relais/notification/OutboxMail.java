package fr.relais.notification;

import java.time.Instant;
import java.util.UUID;

/** One e-mail of the outbox: for one person, about one event. */
record OutboxMail(
    UUID id,
    String eventKey,
    String recipientEmail,
    String recipientUsername,
    String subject,
    String body,
    MailAttachment attachment,
    OutboxStatus status,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant createdAt,
    Instant sentAt) {}
