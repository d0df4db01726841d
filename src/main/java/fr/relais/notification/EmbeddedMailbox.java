package fr.relais.notification;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The in-process SMTP server of the embedded mode and what it received. */
class EmbeddedMailbox {

  private final GreenMail server;

  EmbeddedMailbox(GreenMail server) {
    this.server = server;
  }

  int smtpPort() {
    return server.getSmtp().getPort();
  }

  void stop() {
    server.stop();
  }

  /** Every message received since Relais started, newest first. */
  List<ReceivedMail> received() {
    List<ReceivedMail> mails = new ArrayList<>();
    for (MimeMessage message : server.getReceivedMessages()) {
      mails.add(read(message));
    }
    // Received in order; newest first, by the date Relais stamped (the app clock), arrival order breaking ties.
    List<ReceivedMail> newestFirst = new ArrayList<>(mails.reversed());
    newestFirst.sort(Comparator.comparing(ReceivedMail::sentAt, Comparator.nullsLast(Comparator.reverseOrder())));
    return newestFirst;
  }

  private static ReceivedMail read(MimeMessage message) {
    try {
      return new ReceivedMail(
          message.getRecipients(Message.RecipientType.TO) == null ? List.of()
              : Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList(),
          message.getSubject(),
          textOf(message),
          message.getSentDate() == null ? null : message.getSentDate().toInstant(),
          attachmentNames(message));
    } catch (MessagingException e) {
      throw new IllegalStateException("unreadable message in the embedded mailbox", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The plain-text part: the message itself, or the first text part of a message with attachments. */
  private static String textOf(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      return part.getContent().toString().replace("\r\n", "\n");
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String text = textOf(multipart.getBodyPart(i));
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }

  private static List<String> attachmentNames(Part part) throws MessagingException, IOException {
    List<String> names = new ArrayList<>();
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        if (child.getFileName() != null) {
          names.add(child.getFileName());
        }
        names.addAll(attachmentNames(child));
      }
    }
    return names;
  }
}
