package fr.relais.referral;

import java.time.Instant;
import java.util.UUID;

/** A case that found no referent of its operator in its department. */
public record RoutingGap(UUID referralId, String operator, String department, Instant detectedAt) {}
