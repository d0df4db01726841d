package fr.relais.tasks;

/**
 * Published once per new task row (never for a redelivered job), inside the transaction that stored
 * it, so a feature can record where its case now waits and who may act on it.
 */
public record TaskOpened(Task task) {}
