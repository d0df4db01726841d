package fr.relais.engine;

import java.time.Instant;

/** Published after a dev clock advance settled, so components can refresh what depends on time. */
public record ClockAdvanced(Instant now) {}
