package fr.relais.notification;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Courriels envoyés" for administrators (ADMIN only, as all of /dev): the outbox, and the embedded mailbox if any. */
@Controller
class MailPageController {

  private static final int SHOWN = 200;

  private final MailOutbox outbox;
  private final ObjectProvider<EmbeddedMailbox> mailbox;

  MailPageController(MailOutbox outbox, ObjectProvider<EmbeddedMailbox> mailbox) {
    this.outbox = outbox;
    this.mailbox = mailbox;
  }

  @GetMapping("/dev/mail")
  String page(Model model) {
    EmbeddedMailbox embedded = mailbox.getIfAvailable();
    model.addAttribute("embeddedMailbox", embedded != null);
    model.addAttribute("received", embedded == null ? List.of() : embedded.received().stream().limit(SHOWN).toList());
    model.addAttribute("undelivered", outbox.undelivered(SHOWN));
    model.addAttribute("statuses", OutboxStatus.values());
    model.addAttribute("counts", outbox.countByStatus());
    return "dev/mail";
  }
}
