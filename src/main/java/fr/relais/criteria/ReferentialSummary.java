package fr.relais.criteria;

import java.time.Instant;

/**
 * A published version as the list shows it.
 *
 * @param current whether new proposals start with it (the latest published)
 */
public record ReferentialSummary(String version, String title, Instant publishedAt, String publishedBy,
    int criteriaCount, boolean current) {}
