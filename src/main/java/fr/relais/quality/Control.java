package fr.relais.quality;

import java.time.Instant;
import java.util.UUID;

/**
 * One structure's quality control, from its mystery visit to, when visits fail, the prefect's review.
 *
 * @param status {@code VISIT_DUE}, {@code PASSED}, {@code PLAN_DUE}, {@code FOLLOW_UP_DUE}, {@code REVIEW},
 *     {@code KEPT}, {@code SUSPENDED}, {@code REINSTATED} or {@code WITHDRAWN}
 */
public record Control(UUID id, UUID campaignId, UUID structureId, String departmentCode, String status,
    int failedVisits, Instant planDueAt, String correctivePlan, Instant followUpAt, Instant openedAt,
    Instant closedAt) {}
