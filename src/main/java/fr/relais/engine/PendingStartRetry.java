package fr.relais.engine;

import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Retries the process starts of cases stored while the engine was away, for every feature. */
@Component
class PendingStartRetry {

  private final List<PendingStarts> features;

  PendingStartRetry(List<PendingStarts> features) {
    this.features = features;
  }

  @Scheduled(fixedDelayString = "${relais.processes.start-retry-interval:PT30S}")
  void startPending() {
    features.forEach(PendingStarts::startPending);
  }
}
