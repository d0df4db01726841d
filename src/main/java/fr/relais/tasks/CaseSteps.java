package fr.relais.tasks;

import fr.relais.engine.WaitingElements;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Where cases stand, for the process diagram of their pages: the BPMN elements of their open tasks, which hold with
 * the embedded engine and a real cluster alike, plus the timers and messages the embedded engine's journal says they
 * wait for. Templates call it as {@code @caseSteps}.
 */
@Component
public class CaseSteps {

  private final TaskRepository tasks;
  private final WaitingElements waiting;

  CaseSteps(TaskRepository tasks, WaitingElements waiting) {
    this.tasks = tasks;
    this.waiting = waiting;
  }

  /** The elements the case of that process waits at; a business key may be shared by cases of other processes. */
  public List<String> current(String processId, Object businessKey) {
    return currentOfAny(processId, List.of(businessKey));
  }

  /** The elements any of these cases waits at, each once: where a campaign's controls stand (two queries in all). */
  public List<String> currentOfAny(String processId, Collection<?> businessKeys) {
    List<String> keys = businessKeys.stream().filter(Objects::nonNull).map(Object::toString).toList();
    if (keys.isEmpty()) {
      return List.of();
    }
    return Stream.concat(tasks.findOpenElements(processId, keys).stream(), waiting.ofAny(processId, keys).stream())
        .distinct()
        .toList();
  }
}
