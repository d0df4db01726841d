package fr.relais.notification;

import fr.relais.history.CaseReferences;
import fr.relais.security.Recipient;
import fr.relais.security.UserAccounts;
import fr.relais.tasks.Task;
import fr.relais.tasks.TaskOpened;
import fr.relais.tasks.TaskService;
import fr.relais.web.Countdown;
import fr.relais.web.PublicLinks;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the people who may act on a new human step, in the transaction that stored its task. */
@Component
class NewTaskMails {

  private final Notifications notifications;
  private final UserAccounts users;
  private final TaskService tasks;
  private final PublicLinks links;
  private final CaseReferences references;

  NewTaskMails(Notifications notifications, UserAccounts users, TaskService tasks, PublicLinks links,
      CaseReferences references) {
    this.references = references;
    this.notifications = notifications;
    this.users = users;
    this.tasks = tasks;
    this.links = links;
  }

  @EventListener
  void onTaskOpened(TaskOpened event) {
    Task task = event.task();
    String reference = task.businessKey() == null ? null : references.ofKey(task.businessKey());
    String subject = "Nouvelle tâche : " + task.name() + (reference == null ? "" : " (dossier " + reference + ")");
    StringBuilder body = new StringBuilder("Bonjour,\n\nUne nouvelle tâche vous attend dans Relais.\n\n")
        .append("Étape : ").append(task.name()).append('\n');
    if (reference != null) {
      body.append("Dossier : ").append(reference).append('\n');
    }
    if (task.dueAt() != null) {
      body.append("Échéance : ").append(Countdown.format(task.dueAt())).append(" (heure de Paris)\n");
    }
    body.append("\nOuvrir la tâche : ").append(links.to("/tasks/" + task.id()));
    String caseLink = tasks.caseLinkOf(task);
    if (caseLink != null) {
      body.append("\nVoir le dossier : ").append(links.to(caseLink));
    }
    notifications.tellEach(eventKey(task), whoMayAct(task), subject, body.toString(), null);
  }

  /**
   * The step's round, not the job: after an embedded-engine restart every open step comes back as a new task (new
   * job key, same case, element, round, due date and people), and telling everyone again would be noise. A step that
   * was done and comes back is a new round (or has a new due date, or new people), so it is told again.
   */
  String eventKey(Task task) {
    if (task.businessKey() == null) {
      return "task:" + task.id();
    }
    return "task:" + task.processId() + ":" + task.businessKey() + ":" + task.elementId() + ":"
        + tasks.roundOf(task) + ":" + (task.dueAt() == null ? "-" : task.dueAt().toString()) + ":"
        + (task.assignee() == null ? String.join(",", task.candidateGroups()) : "@" + task.assignee());
  }

  /** The assignee if the step names one, otherwise every member of its candidate groups; each person once. */
  private Collection<Recipient> whoMayAct(Task task) {
    Map<String, Recipient> people = new LinkedHashMap<>();
    if (task.assignee() != null) {
      users.activeRecipient(task.assignee()).ifPresent(person -> people.put(person.username(), person));
    } else {
      task.candidateGroups().forEach(group -> users.activeMembersOf(group)
          .forEach(person -> people.putIfAbsent(person.username(), person)));
    }
    return people.values();
  }
}
