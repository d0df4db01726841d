package fr.relais.notification;

import java.time.Instant;
import java.util.List;

/** A message the embedded mailbox received, as the API and the page show it. */
public record ReceivedMail(List<String> to, String subject, String text, Instant sentAt, List<String> attachments) {}
