package fr.relais.notification;

import fr.relais.calendar.WorkingCalendar;
import fr.relais.history.CaseReferences;
import fr.relais.security.NotificationMode;
import fr.relais.security.Recipient;
import fr.relais.security.RelaisUserDetails;
import fr.relais.security.UserAccounts;
import fr.relais.tasks.Task;
import fr.relais.tasks.TaskService;
import fr.relais.web.Countdown;
import fr.relais.web.PublicLinks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily e-mail of those who chose it: at the configured hour (08:00, Paris) on working days, what was held for
 * them since the last digest (new tasks, reminders...) and their open tasks due within a day. The app clock drives
 * it, so the dev clock moves it too. One digest per person and day: its key {@code digest:<username>:<date>} is
 * unique in the outbox, and the messages it lists are locked while it is written, so two nodes list each once.
 */
@Component
class DailyDigest {

  private static final Duration DUE_WITHIN = Duration.ofHours(24);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);

  private final MailOutbox outbox;
  private final UserAccounts users;
  private final TaskService tasks;
  private final WorkingCalendar calendar;
  private final PublicLinks links;
  private final CaseReferences references;
  private final RelaisMailProperties properties;
  private final TransactionTemplate transaction;
  private final Clock clock;

  DailyDigest(MailOutbox outbox, UserAccounts users, TaskService tasks, WorkingCalendar calendar, PublicLinks links,
      CaseReferences references, RelaisMailProperties properties, TransactionTemplate transaction, Clock clock) {
    this.references = references;
    this.outbox = outbox;
    this.users = users;
    this.tasks = tasks;
    this.calendar = calendar;
    this.links = links;
    this.properties = properties;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** Writes today's digests once their hour has come; returns how many were written to be sent. */
  @Scheduled(fixedDelayString = "${relais.mail.digest-check-interval:PT1M}")
  public int writeDueDigests() {
    Instant now = clock.instant();
    ZonedDateTime local = now.atZone(calendar.zone());
    LocalDate today = local.toLocalDate();
    if (!calendar.isWorkingDay(today) || local.toLocalTime().isBefore(properties.digestAt())) {
      return 0;
    }
    int written = 0;
    for (Recipient recipient : users.activeRecipientsWho(NotificationMode.DIGEST)) {
      String key = "digest:" + recipient.username() + ":" + today;
      if (!outbox.hasEvent(key)) {
        written += Boolean.TRUE.equals(transaction.execute(status -> write(key, recipient, today, now))) ? 1 : 0;
      }
    }
    return written;
  }

  private boolean write(String key, Recipient recipient, LocalDate day, Instant now) {
    List<OutboxMail> held = outbox.lockHeldFor(recipient.username());
    List<Task> dueSoon = users.find(recipient.username()).map(RelaisUserDetails::user)
        .map(tasks::openTasksOf).orElse(List.of()).stream()
        .filter(task -> task.dueAt() != null && task.dueAt().isBefore(now.plus(DUE_WITHIN)))
        .sorted(Comparator.comparing(Task::dueAt))
        .toList();
    String subject = "Relais : votre résumé du " + DAY.format(day);
    if (held.isEmpty() && dueSoon.isEmpty()) {
      outbox.add(key, recipient.email(), recipient.username(), subject, "", null, OutboxStatus.EMPTY, now);
      return false;
    }
    if (!outbox.add(key, recipient.email(), recipient.username(), subject,
        Notifications.signed(body(held, dueSoon)), null, OutboxStatus.PENDING, now)) {
      return false;
    }
    outbox.markDigested(held.stream().map(OutboxMail::id).toList(), key);
    return true;
  }

  private String body(List<OutboxMail> held, List<Task> dueSoon) {
    StringBuilder body = new StringBuilder("Bonjour,\n\nVoici ce qui vous attend dans Relais.\n");
    if (!held.isEmpty()) {
      body.append("\nDepuis votre dernier résumé :\n");
      held.forEach(mail -> body.append("- ").append(Countdown.format(mail.createdAt())).append(" : ")
          .append(mail.subject()).append('\n'));
    }
    if (!dueSoon.isEmpty()) {
      body.append("\nTâches à échéance dans les 24 heures :\n");
      dueSoon.forEach(task -> body.append("- ").append(task.name())
          .append(task.businessKey() == null ? "" : " (dossier " + references.ofKey(task.businessKey()) + ")")
          .append(", échéance ").append(Countdown.format(task.dueAt())).append(" (heure de Paris) : ")
          .append(links.to("/tasks/" + task.id())).append('\n'));
    }
    body.append("\nVos tâches : ").append(links.to("/tasks"));
    return body.toString();
  }
}
