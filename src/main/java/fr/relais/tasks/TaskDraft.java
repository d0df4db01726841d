package fr.relais.tasks;

import java.time.Instant;
import java.util.Map;

/** The fields a person typed in a task form and has not sent yet, exactly as typed. */
public record TaskDraft(Map<String, Object> fields, Instant savedAt) {}
