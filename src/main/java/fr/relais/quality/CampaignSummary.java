package fr.relais.quality;

import java.time.Instant;
import java.util.UUID;

/** A campaign in the list: when, its seed, how many structures it drew (in the reader's scope) and from how many. */
public record CampaignSummary(UUID id, Instant startedAt, long seed, int frameSize, int drawn) {}
