package fr.relais.notification;

/** A text file joined to an e-mail, such as a calendar invitation. */
public record MailAttachment(String fileName, String contentType, String content) {}
