package fr.relais.engine;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Where a case's process instance waits now (a task, a timer, a message), read from the embedded engine's wait
 * journal. Empty with a real cluster, which keeps no such journal here: callers add what they know otherwise.
 */
@Component
public class WaitingElements {

  private final ProcessWaits waits;
  private final EngineEpoch epoch;

  WaitingElements(ProcessWaits waits, EngineEpoch epoch) {
    this.waits = waits;
    this.epoch = epoch;
  }

  /** Where any of these cases of that process waits, each element once. */
  public List<String> ofAny(String processId, List<String> businessKeys) {
    return waits.elementsOf(epoch.value(), processId, businessKeys);
  }
}
