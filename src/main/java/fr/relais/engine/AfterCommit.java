package fr.relais.engine;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Runs an engine call once the transaction that stored its case commits, so the process never finds it missing. */
public final class AfterCommit {

  private AfterCommit() {}

  /** Outside a transaction at once; inside one, after it commits (and never if it rolls back). */
  public static void run(Runnable action) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      action.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        action.run();
      }
    });
  }
}
