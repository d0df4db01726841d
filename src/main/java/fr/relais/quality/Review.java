package fr.relais.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The prefect's review of a label, opened by two failed mystery visits or a poor survey.
 *
 * @param source {@code MYSTERY_VISITS} or {@code SURVEY}; {@code sourceId} is the control's or the survey's id
 * @param decision {@code KEEP}, {@code SUSPEND} or {@code WITHDRAW}, null until decided
 */
public record Review(UUID id, UUID structureId, String source, UUID sourceId, Instant openedAt, String decision,
    LocalDate suspendedUntil, String reason, String decidedBy) {}
