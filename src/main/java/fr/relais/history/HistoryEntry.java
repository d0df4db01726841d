package fr.relais.history;

import java.time.Instant;

/**
 * One recorded change of a case. {@code by} is a username, or {@link CaseHistory#SYSTEM}; {@code byName} is what
 * people read: the account's display name. {@code event} is the code machines read, {@code label} its French words.
 */
public record HistoryEntry(Instant at, String by, String byName, String event, String label, String detail) {}
