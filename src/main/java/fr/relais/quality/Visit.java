package fr.relais.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A mystery visit: the scenario played, each point scored out of 10, and the score out of 100. */
public record Visit(UUID controlId, int round, LocalDate visitedOn, String visitor, String scenario,
    Map<String, Integer> scores, int score, boolean passed, String remarks, Instant recordedAt) {}
