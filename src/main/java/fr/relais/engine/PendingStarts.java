package fr.relais.engine;

/** A feature whose cases are stored before their process starts: it starts those the engine missed. */
public interface PendingStarts {

  /** Starts the processes of stored cases whose start did not reach the engine; returns how many started. */
  int startPending();
}
