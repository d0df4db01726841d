package fr.relais.notification;

import fr.relais.security.NotificationMode;
import fr.relais.security.UserAccounts;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How a person wants to hear about new work: at once, or in the daily digest. */
@Service
public class NotificationPreferences {

  private final UserAccounts users;
  private final MailOutbox outbox;
  private final Clock clock;

  NotificationPreferences(UserAccounts users, MailOutbox outbox, Clock clock) {
    this.users = users;
    this.outbox = outbox;
    this.clock = clock;
  }

  public NotificationMode of(String username) {
    return users.notificationMode(username).orElse(NotificationMode.IMMEDIATE);
  }

  /** Someone leaving the digest gets what it held for them now, rather than never. */
  @Transactional
  public void choose(String username, NotificationMode mode) {
    users.setNotificationMode(username, mode);
    if (mode == NotificationMode.IMMEDIATE) {
      outbox.releaseHeld(username, clock.instant());
    }
  }
}
