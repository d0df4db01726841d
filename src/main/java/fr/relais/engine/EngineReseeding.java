package fr.relais.engine;

import fr.relais.engine.ProcessWaits.ProcessWait;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.CreateProcessInstanceCommandStep1.CreateProcessInstanceCommandStep3;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives a freshly started embedded engine the process instances the previous one held: each is created again at
 * the elements it waited at, with the same variables, so every deadline keeps its date. Runs once the models are
 * deployed and the workers listen. The dev clock's travel is given back first.
 */
@Component
@ConditionalOnProperty(name = EmbeddedEngineDefaults.EMBEDDED, havingValue = "true")
class EngineReseeding {

  private static final Logger LOG = LoggerFactory.getLogger(EngineReseeding.class);

  private final CamundaClient client;
  private final ProcessWaits waits;
  private final EngineEpoch epoch;
  private final EngineClock clock;
  private final TransactionTemplate transaction;

  EngineReseeding(CamundaClient client, ProcessWaits waits, EngineEpoch epoch, EngineClock clock,
      TransactionTemplate transaction) {
    this.client = client;
    this.waits = waits;
    this.epoch = epoch;
    this.clock = clock;
    this.transaction = transaction;
  }

  /** The clock first: restored timers must meet the time the previous run had reached, not an earlier one. */
  @EventListener(ApplicationReadyEvent.class)
  void reseed() {
    Duration travelled = waits.clockOffset().minus(clock.offset());
    if (travelled.isPositive()) {
      clock.advance(travelled);
      LOG.info("engine clock moved {} forward, as far as the previous run had moved it", travelled);
    }
    int restored = 0;
    for (ProcessWait wait : waits.ofEarlierEngines(epoch.value())) {
      restored += restore(wait) ? 1 : 0;
    }
    if (restored > 0) {
      LOG.info("{} process instance(s) of the previous engine run restored where they waited", restored);
    }
  }

  private boolean restore(ProcessWait wait) {
    try {
      CreateProcessInstanceCommandStep3 command = client.newCreateInstanceCommand()
          .bpmnProcessId(wait.processId())
          .latestVersion()
          .variables(wait.variables());
      for (String element : wait.elements()) {
        command = command.startBeforeElement(element);
      }
      long key = command.send().join().getProcessInstanceKey();
      // The new instance is journaled in the same breath as the old one is forgotten: a stop at any moment leaves
      // exactly one of them to restore.
      transaction.executeWithoutResult(status -> {
        waits.save(new ProcessWait(epoch.value(), key, wait.processId(), wait.businessKey(), wait.elements(),
            wait.variables()), clock.instant());
        waits.delete(wait.epoch(), wait.processInstanceKey());
      });
      LOG.debug("{} {} restored at {} as instance {}", wait.processId(), wait.businessKey(), wait.elements(), key);
      return true;
    } catch (ClientException e) {
      // Kept in the journal: a model changed incompatibly needs a person, and the next start tries again.
      LOG.error("could not restore {} {} at {}: {}", wait.processId(), wait.businessKey(), wait.elements(),
          e.getMessage());
      return false;
    }
  }
}
