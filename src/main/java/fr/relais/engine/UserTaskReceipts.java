package fr.relais.engine;

/** Lets a clock advance wait until the task list holds the user tasks the advance created. */
public interface UserTaskReceipts {

  boolean received(long jobKey);
}
