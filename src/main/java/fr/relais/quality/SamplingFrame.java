package fr.relais.quality;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A labelled structure a campaign may draw, as the draw saw it (stored with the campaign so the draw can be re-run).
 *
 * @param visitDueBy the date by which it must have had its yearly mystery visit
 */
public record SamplingFrame(UUID structureId, String department, LocalDate visitDueBy) {}
