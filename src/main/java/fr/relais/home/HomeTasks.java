package fr.relais.home;

import fr.relais.history.CaseReferences;
import fr.relais.security.RelaisUser;
import fr.relais.tasks.Task;
import fr.relais.tasks.TaskService;
import fr.relais.web.Countdown;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/** Sums up a user's open tasks for the home page, from the same query as "Mes tâches" (so the same scope). */
@Component
class HomeTasks {

  private static final Duration SOON = Duration.ofHours(24);
  private static final int SHOWN = 8;

  private final TaskService tasks;
  private final CaseReferences references;
  private final Clock clock;

  HomeTasks(TaskService tasks, CaseReferences references, Clock clock) {
    this.tasks = tasks;
    this.references = references;
    this.clock = clock;
  }

  /** Tasks waiting at one of these BPMN elements. */
  static Predicate<Task> at(String... elementIds) {
    Set<String> ids = Set.of(elementIds);
    return task -> ids.contains(task.elementId());
  }

  static Predicate<Task> any() {
    return task -> true;
  }

  List<Task> open(RelaisUser user, Predicate<Task> which) {
    return tasks.openTasksOf(user).stream().filter(which).toList();
  }

  TaskDigest digest(RelaisUser user, Predicate<Task> which) {
    Instant now = clock.instant();
    List<Task> open = open(user, which);
    int overdue = (int) open.stream().filter(task -> task.dueAt() != null && task.dueAt().isBefore(now)).count();
    int dueSoon = (int) open.stream()
        .filter(task -> task.dueAt() != null && !task.dueAt().isBefore(now) && task.dueAt().isBefore(now.plus(SOON)))
        .count();
    List<TaskDigest.Row> rows = open.stream().limit(SHOWN)
        .map(task -> new TaskDigest.Row(task.id(), task.name(), tasks.caseLinkOf(task),
            references.caseLabelOfKey(task.businessKey()),
            Countdown.of(task.dueAt(), now)))
        .toList();
    return new TaskDigest(open.size(), overdue, dueSoon, rows);
  }
}
