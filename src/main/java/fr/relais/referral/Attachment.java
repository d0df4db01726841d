package fr.relais.referral;

import java.time.Instant;
import java.util.UUID;

/** A stored document of a referral, without its bytes. */
public record Attachment(UUID id, String fileName, String contentType, int size, String uploadedBy, Instant uploadedAt) {}
