package fr.relais.quality;

import java.time.LocalDate;
import java.util.List;

/**
 * A mystery visit as a task page shows it: what was played and found, never who visited (the structure writing its
 * plan must not learn it, and nobody else needs it to act).
 */
record VisitSummary(LocalDate visitedOn, String scenario, int score, boolean passed, List<String> weakPoints,
    String remarks) {}
