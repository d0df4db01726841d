package fr.relais.support;

import static org.awaitility.Awaitility.await;

import fr.relais.notification.ReceivedMail;
import fr.relais.notification.SentMails;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;

/**
 * A person's mailbox: what reached their address through the embedded SMTP server (the outbox is sent first), the
 * newest first, and the password link in it.
 */
public final class Mailbox {

  private static final Pattern PASSWORD_LINK = Pattern.compile("/password/([A-Za-z0-9_-]{20,})");

  private final SentMails mails;

  public Mailbox(ApplicationContext context) {
    this.mails = new SentMails(context);
  }

  public List<ReceivedMail> to(String address) {
    mails.sendDue();
    return mails.withSubjectContaining("").stream()
        .filter(mail -> mail.to().stream().anyMatch(address::equalsIgnoreCase))
        .toList();
  }

  public int countTo(String address) {
    return to(address).size();
  }

  /** Waits a little for a message a scheduled sender may be delivering at this very moment. */
  public String newestTextTo(String address) {
    return await().atMost(Duration.ofSeconds(10)).until(() -> to(address), mails -> !mails.isEmpty())
        .getFirst().text();
  }

  /** The token of the newest password link sent to the address. */
  public String passwordToken(String address) {
    String text = newestTextTo(address);
    Matcher link = PASSWORD_LINK.matcher(text);
    if (!link.find()) {
      throw new AssertionError("no password link in: " + text);
    }
    return link.group(1);
  }
}
