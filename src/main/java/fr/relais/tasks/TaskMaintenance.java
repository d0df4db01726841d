package fr.relais.tasks;

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

  @Scheduled(fixedDelayString = "${relais.tasks.withdrawal-check-interval:PT1M}")
  void withdrawVanishedTasks() {
    tasks.withdrawVanishedTasks();
  }
}
