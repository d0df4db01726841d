package fr.relais.benchmark;

import fr.relais.tasks.Task;
import fr.relais.tasks.TaskOpened;
import java.util.function.Consumer;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells the benchmark the moment a new task is committed, i.e. the moment the next list shows it. */
class TaskOpenings {

  private volatile Consumer<Task> listener = task -> {};

  void onEach(Consumer<Task> listener) {
    this.listener = listener;
  }

  @TransactionalEventListener(fallbackExecution = true)
  void taskOpened(TaskOpened event) {
    listener.accept(event.task());
  }
}
