package fr.relais.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import fr.relais.engine.AfterCommit;
import fr.relais.engine.ProcessModels;
import fr.relais.engine.UserTaskReceipts;
import fr.relais.forms.DraftValues;
import fr.relais.forms.FormDefinition;
import fr.relais.forms.FormOptions;
import fr.relais.forms.FormSubmission;
import fr.relais.history.CaseHistory;
import fr.relais.security.RelaisUser;
import fr.relais.web.InvalidInputException;
import fr.relais.web.NotFoundException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The task list's one entry point: receive jobs, show, claim, submit, and keep rows true to the engine. */
@Service
public class TaskService implements UserTaskReceipts {

  /** Added to every completion so the step after a human task knows who did it (for the case history). */
  public static final String SUBMITTED_BY = "submittedBy";

  private static final Logger LOG = LoggerFactory.getLogger(TaskService.class);

  private final TaskRepository tasks;
  private final TaskDrafts drafts;
  private final TaskInbox inbox;
  private final TaskForms forms;
  private final ProcessModels models;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final TaskProperties properties;
  private final CaseHistory history;

  TaskService(TaskRepository tasks, TaskDrafts drafts, TaskInbox inbox, TaskForms forms, ProcessModels models,
      ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock, TaskProperties properties,
      CaseHistory history) {
    this.history = history;
    this.tasks = tasks;
    this.drafts = drafts;
    this.inbox = inbox;
    this.forms = forms;
    this.models = models;
    this.events = events;
    this.transaction = transaction;
    this.clock = clock;
    this.properties = properties;
  }

  /** Stores a task for a user-task job; a job delivered twice stays one task. */
  @Transactional
  public Task receive(IncomingTask incoming) {
    String name = models.elementName(incoming.processId(), incoming.elementId());
    boolean inserted = tasks.insertIfAbsent(UUID.randomUUID(), incoming, name, clock.instant());
    Task task = tasks.findByRef(incoming.ref()).orElseThrow();
    if (inserted) {
      events.publishEvent(new TaskOpened(task));
      takeOverStoredSubmission(task);
    }
    return task;
  }

  /**
   * A step the restarted engine gave back may already have been answered: a submission stored before the restart
   * and never delivered. It is handed to the restored task and delivered, so nobody answers twice.
   */
  private void takeOverStoredSubmission(Task restored) {
    if (restored.businessKey() == null) {
      return;
    }
    tasks.findUndeliveredOfEarlierEngine(restored.businessKey(), restored.elementId(), inbox.epoch())
        .ifPresent(stored -> {
          if (tasks.markSubmitted(restored.id(), restored.version(), stored.submittedBy(), stored.submission(),
              clock.instant())) {
            tasks.markWithdrawn(stored, "transmise à l'étape rétablie après le redémarrage du moteur",
                clock.instant());
            AfterCommit.run(() -> tasks.findById(restored.id()).ifPresent(this::deliver));
          }
        });
  }

  @Override
  public boolean received(long jobKey) {
    return tasks.findByRef(new TaskRef(inbox.epoch(), jobKey)).isPresent();
  }

  public List<Task> openTasksOf(RelaisUser user) {
    return tasks.findOpenVisibleTo(user.username(), user.groups(), clock.instant());
  }

  public Task get(UUID id, RelaisUser user) {
    Task task = tasks.findById(id).orElseThrow(() -> new NotFoundException("Tâche introuvable."));
    if (!task.isVisibleTo(user)) {
      throw new AccessDeniedException("task outside the user's groups");
    }
    return task;
  }

  public FormDefinition formOf(Task task) {
    return forms.definition(task);
  }

  public JsonNode formSchemaOf(Task task) {
    return forms.schema(task);
  }

  public FormOptions formOptionsOf(Task task) {
    return forms.options(task);
  }

  public String caseLinkOf(Task task) {
    return forms.caseLink(task);
  }

  public Optional<TaskContext> contextOf(Task task) {
    return forms.context(task);
  }

  /**
   * Why the person can no longer act on this task, in words: for a withdrawn task what became of the case when its
   * feature can tell (the deadline passed and the case went to the pool...), else the reason stored at withdrawal.
   */
  public String whyNotOpen(Task task) {
    if (task.state() == TaskState.WITHDRAWN) {
      return forms.whyWithdrawn(task).map(why -> "Cette tâche a été retirée. " + why).orElseGet(task::whyNotOpen);
    }
    return task.whyNotOpen();
  }

  public Optional<String> fieldsTemplateOf(Task task) {
    return forms.fieldsTemplate(task);
  }

  /** What the form shows when it is first opened, before anyone typed anything. */
  public Map<String, Object> openingValuesOf(Task task) {
    return forms.openingValues(task);
  }

  /** The user's unsent draft of this step of the case, if they left one. */
  public Optional<TaskDraft> draftOf(Task task, RelaisUser user) {
    return task.businessKey() == null ? Optional.empty() : drafts.find(task, user.username());
  }

  /**
   * Keeps what the user typed so far, valid or not: nothing is checked but the size and who may act on the task,
   * since a half-filled form is the point of a draft; hidden fields and control characters are left out.
   */
  public TaskDraft saveDraft(UUID id, RelaisUser user, Map<String, Object> fields) {
    Task task = get(id, user);
    task.checkSubmittableBy(user);
    if (task.businessKey() == null) {
      throw new TaskConflictException("Cette tâche ne conserve pas de brouillon.");
    }
    if (!drafts.save(task, user.username(), DraftValues.keep(forms.definition(task), fields),
        properties.draftMaxBytes(), clock.instant())) {
      throw new InvalidInputException(Map.of("draft", "Brouillon trop volumineux : il n'a pas été enregistré."));
    }
    return drafts.find(task, user.username()).orElseThrow();
  }

  /**
   * Which round of its step a task is: 0 the first time, 1 once it was done once and came back (an answer after a
   * request for information...). A task the restarted engine gave back keeps the round of the one it replaces.
   */
  public int roundOf(Task task) {
    return task.businessKey() == null ? 0
        : tasks.countDoneBefore(task.businessKey(), task.elementId(), task.createdAt());
  }

  /** Tasks of one case (any state), for the case page. */
  public List<Task> tasksOfCase(String businessKey) {
    return tasks.findByBusinessKey(businessKey);
  }

  @Transactional
  public Task claim(UUID id, RelaisUser user) {
    Task task = get(id, user);
    task.checkClaimableBy(user);
    if (!tasks.assign(task.id(), task.version(), user.username())) {
      throw new TaskConflictException("La tâche vient d'être modifiée par quelqu'un d'autre ; rechargez la page.");
    }
    return tasks.findById(id).orElseThrow();
  }

  @Transactional
  public Task unclaim(UUID id, RelaisUser user) {
    Task task = get(id, user);
    task.checkUnclaimableBy(user);
    if (!tasks.assign(task.id(), task.version(), null)) {
      throw new TaskConflictException("La tâche vient d'être modifiée par quelqu'un d'autre ; rechargez la page.");
    }
    return tasks.findById(id).orElseThrow();
  }

  /**
   * Gives every task this person had taken back to its group (their account is being deactivated), and says so in
   * each case's history. Returns how many went back.
   */
  @Transactional
  public int releaseClaimsOf(String username, String by, String why) {
    int released = 0;
    for (Task task : tasks.findOpenClaimedBy(username)) {
      if (tasks.assign(task.id(), task.version(), null)) {
        released++;
        forms.historyCase(task).ifPresent(at -> history.record(at.type(), at.id(), by, "TASK_RELEASED",
            "Tâche « " + task.name() + " » remise à son groupe : " + why));
      }
    }
    return released;
  }

  /**
   * Validates and stores the submission, then completes the job. The row is marked SUBMITTED before
   * the engine is called, so of two concurrent submissions exactly one gets that far, and a submission
   * survives an engine that is away.
   */
  public SubmitOutcome submit(UUID id, RelaisUser user, Map<String, Object> input) {
    Task task = get(id, user);
    task.checkSubmittableBy(user);
    FormSubmission submission = forms.validate(task, input);
    if (!submission.errors().isEmpty()) {
      throw new InvalidInputException(submission.errors());
    }
    // What a submission says may be recorded on the case before the engine hears of it; a step the process has left
    // (its deadline fired, say) must not get that far. An engine that cannot say is no reason to refuse.
    if (!task.engineEpoch().equals(inbox.epoch())) {
      withdraw(task, "le moteur de processus a redémarré ; l'étape vous attend dans une nouvelle tâche");
      throw new TaskConflictException(conflictMessage(id));
    }
    if (forms.recordsOnSubmit(task) && inbox.probe(task.ref()) == TaskInbox.Presence.GONE) {
      withdraw(task, "l'étape a été close par le processus avant votre envoi (délai écoulé ou dossier modifié)");
      throw new TaskConflictException(conflictMessage(id));
    }
    boolean stored = Boolean.TRUE.equals(transaction.execute(status -> {
      if (!tasks.markSubmitted(task.id(), task.version(), user.username(), submission.values(), clock.instant())) {
        return false;
      }
      forms.accept(task, user.username(), submission.values());
      if (task.businessKey() != null) {
        drafts.save(task, user.username(), DraftValues.keep(forms.definition(task), input),
            properties.draftMaxBytes(), clock.instant());
      }
      return true;
    }));
    if (!stored) {
      throw new TaskConflictException(conflictMessage(id));
    }
    return deliver(tasks.findById(id).orElseThrow());
  }

  /** Completes stored submissions the engine has not acknowledged yet and nobody is delivering. */
  public int retryPendingSubmissions() {
    int delivered = 0;
    for (Task task : tasks.takeOverUndelivered(properties.deliveryLease(), 100)) {
      try {
        delivered += deliver(task) == SubmitOutcome.COMPLETED ? 1 : 0;
      } catch (TaskConflictException e) {
        // Withdrawn by deliver(): the engine closed the step meanwhile; the others still deserve a try.
      }
    }
    return delivered;
  }

  /** Withdraws open tasks whose job has gone; tasks of an earlier engine generation are gone by definition. */
  public int withdrawVanishedTasks() {
    int withdrawn = 0;
    for (Task task : tasks.findInState(TaskState.OPEN, 1000)) {
      if (!task.engineEpoch().equals(inbox.epoch())) {
        withdrawn += withdraw(task, "le moteur de processus a redémarré") ? 1 : 0;
      } else if (inbox.probe(task.ref()) == TaskInbox.Presence.GONE) {
        withdrawn += withdraw(task, "l'étape a été close par le processus (délai écoulé ou dossier modifié)") ? 1 : 0;
      }
    }
    return withdrawn;
  }

  private SubmitOutcome deliver(Task task) {
    if (!task.engineEpoch().equals(inbox.epoch())) {
      // Stored before a restart: the restored step takes it over when it arrives (receive). Until then it waits,
      // a while only, in case the step was not given back.
      if (task.completionAttempts() < properties.restoredStepWaits()) {
        tasks.recordFailedAttempt(task.id(), "waiting for the step restored after the engine restart");
        return SubmitOutcome.PENDING;
      }
      withdraw(task, "le moteur de processus a redémarré avant la transmission");
      throw new TaskConflictException(conflictMessage(task.id()));
    }
    Map<String, Object> variables = new HashMap<>(task.submission());
    variables.put(SUBMITTED_BY, task.submittedBy());
    TaskInbox.Completion completion = inbox.complete(task.ref(), variables);
    switch (completion) {
      case COMPLETED -> {
        tasks.markCompleted(task.id(), clock.instant());
        // Kept until now: a submission the engine never took comes back as the draft of the step's next task.
        drafts.delete(task, task.submittedBy());
        return SubmitOutcome.COMPLETED;
      }
      case GONE -> {
        withdraw(task, "l'étape a été close par le processus avant votre envoi (délai écoulé ou dossier modifié)");
        throw new TaskConflictException(conflictMessage(task.id()));
      }
      default -> {
        LOG.warn("engine unavailable, submission of task {} kept for retry", task.id());
        tasks.recordFailedAttempt(task.id(), "engine unavailable");
        return SubmitOutcome.PENDING;
      }
    }
  }

  private boolean withdraw(Task task, String reason) {
    boolean withdrawn = tasks.markWithdrawn(task, reason, clock.instant());
    if (withdrawn) {
      LOG.info("task {} ({} / {}) withdrawn: {}", task.id(), task.processId(), task.elementId(), reason);
    }
    return withdrawn;
  }

  private String conflictMessage(UUID id) {
    return tasks.findById(id).map(Task::whyNotOpen).orElse("Cette tâche n'est plus disponible.");
  }
}
