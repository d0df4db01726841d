package fr.relais.notification;

import fr.relais.web.NotFoundException;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the embedded mailbox received (ADMIN only, as all of /api/dev); with a real relay there is no mailbox. */
@RestController
class MailApiController {

  private final ObjectProvider<EmbeddedMailbox> mailbox;

  MailApiController(ObjectProvider<EmbeddedMailbox> mailbox) {
    this.mailbox = mailbox;
  }

  @GetMapping("/api/dev/mail")
  List<ReceivedMail> received() {
    EmbeddedMailbox embedded = mailbox.getIfAvailable();
    if (embedded == null) {
      throw new NotFoundException("Aucune boîte aux lettres embarquée : les courriels partent par le relais SMTP configuré.");
    }
    return embedded.received();
  }
}
