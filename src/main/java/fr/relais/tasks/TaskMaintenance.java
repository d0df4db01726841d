package fr.relais.tasks;

import fr.relais.engine.ClockAdvanced;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Keeps the list true to the engine when nobody is clicking: pending submissions, vanished jobs. */
@Component
class TaskMaintenance {

  private final TaskService tasks;

  TaskMaintenance(TaskService tasks) {
    this.tasks = tasks;
  }

  @Scheduled(fixedDelayString = "${relais.tasks.retry-interval:PT10S}")
  void retryPendingSubmissions() {
    tasks.retryPendingSubmissions();
  }

  /** Also right after a dev clock advance, so a task a timer just closed leaves the list at once. */
  @Scheduled(fixedDelayString = "${relais.tasks.withdrawal-check-interval:PT1M}")
  @EventListener(ClockAdvanced.class)
  void withdrawVanishedTasks() {
    tasks.withdrawVanishedTasks();
  }
}
