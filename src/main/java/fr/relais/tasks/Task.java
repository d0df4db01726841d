package fr.relais.tasks;

import fr.relais.security.RelaisUser;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One human step waiting in (or done through) the task list. Rows are changed only by targeted updates. */
public record Task(
    UUID id,
    String engineEpoch,
    long jobKey,
    long processInstanceKey,
    String processId,
    String elementId,
    String name,
    String businessKey,
    String formKey,
    List<String> candidateGroups,
    String assignee,
    Instant createdAt,
    Instant dueAt,
    TaskState state,
    Map<String, Object> variables,
    String submittedBy,
    Instant submittedAt,
    Map<String, Object> submission,
    int completionAttempts,
    String withdrawnReason,
    int version) {

  /** The process variable that puts a task ahead of others due at the same time (a fast-track re-audit...). */
  public static final String PRIORITY = "priority";

  public boolean isPriority() {
    return Boolean.TRUE.equals(variables.get(PRIORITY));
  }

  public boolean isVisibleTo(RelaisUser user) {
    return user.username().equals(assignee) || user.isMemberOfAny(candidateGroups);
  }

  public boolean isOpen() {
    return state == TaskState.OPEN;
  }

  public TaskRef ref() {
    return new TaskRef(engineEpoch, jobKey);
  }

  /** Refuses a claim that would take the task from someone else or that comes too late. */
  void checkClaimableBy(RelaisUser user) {
    checkOpen();
    if (assignee != null && !assignee.equals(user.username())) {
      throw new TaskConflictException("Cette tâche est déjà prise en charge par une autre personne.");
    }
  }

  void checkSubmittableBy(RelaisUser user) {
    checkClaimableBy(user);
  }

  void checkUnclaimableBy(RelaisUser user) {
    checkOpen();
    if (assignee == null || !assignee.equals(user.username())) {
      throw new TaskConflictException("Vous n'êtes pas en charge de cette tâche.");
    }
  }

  private void checkOpen() {
    if (!isOpen()) {
      throw new TaskConflictException(whyNotOpen());
    }
  }

  /** The message a user sees when acting on a task that is no longer open. */
  String whyNotOpen() {
    return switch (state) {
      case OPEN -> "Cette tâche vient d'être modifiée ; rechargez la page.";
      case WITHDRAWN -> withdrawnReason == null
          ? "Cette tâche a été retirée : le dossier a évolué sans elle."
          : "Cette tâche a été retirée : " + withdrawnReason + ".";
      case SUBMITTED, COMPLETED ->
          "Cette tâche a déjà été traitée" + (submittedBy == null ? "." : " par " + submittedBy + ".");
    };
  }
}
