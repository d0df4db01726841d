package fr.relais.training;

import java.time.Instant;
import java.util.UUID;

/** A session of one module the prefecture scheduled: where, when, how many seats, which body trains. */
public record TrainingSession(UUID id, String moduleCode, String place, Instant startsAt, Instant endsAt, int capacity,
    int seatsTaken, String trainerBody, String departmentCode, boolean openToRegion, String createdBy) {}
