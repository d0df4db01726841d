package fr.relais.history;

import java.time.Instant;

/** One recorded change of a case. {@code by} is a username, or {@link CaseHistory#SYSTEM}. */
public record HistoryEntry(Instant at, String by, String event, String detail) {}
