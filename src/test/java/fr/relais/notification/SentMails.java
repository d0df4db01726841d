package fr.relais.notification;

import fr.relais.security.Recipient;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationContext;

/**
 * The outbox sent now and what the embedded mailbox (the real GreenMail SMTP server) received, for tests of any
 * feature. The shared context's sender is not scheduled in tests: a test sends when it wants to look.
 */
public final class SentMails {

  private final OutboxSender sender;
  private final EmbeddedMailbox mailbox;

  public SentMails(ApplicationContext context) {
    this.sender = context.getBean(OutboxSender.class);
    this.mailbox = context.getBean(EmbeddedMailbox.class);
  }

  /** Sends every due e-mail through the real SMTP server; returns how many it accepted. */
  public int sendDue() {
    return sender.sendDue();
  }

  /** Received messages whose subject contains the text (a case reference...), newest first. */
  public List<ReceivedMail> withSubjectContaining(String text) {
    return mailbox.received().stream().filter(mail -> mail.subject() != null && mail.subject().contains(text))
        .toList();
  }

  /** The addresses those messages went to, each message counted: a duplicate shows as a repeated address. */
  public List<String> recipientsOf(List<ReceivedMail> mails) {
    return mails.stream().flatMap(mail -> mail.to().stream()).sorted().toList();
  }

  public static Set<String> addresses(List<Recipient> recipients) {
    return new TreeSet<>(recipients.stream().map(Recipient::email).toList());
  }
}
