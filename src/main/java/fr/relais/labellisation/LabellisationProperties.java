package fr.relais.labellisation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The labellisation rules no text fixes (domain.md section 9: keep them configurable).
 *
 * @param auditWithin how long the assigned auditor has for the on-site audit
 * @param reauditWithin the shorter time of a fast-track re-audit after an upgrade
 * @param upgradeWithin how long the structure has to correct what a failed audit found
 * @param failedAuditsBeforeDecision after this many failed audits the prefect decides to abandon or extend
 * @param invitationValidFor how long the platform registration link works
 */
@ConfigurationProperties("relais.labellisation")
public record LabellisationProperties(
    @DefaultValue("P60D") Duration auditWithin,
    @DefaultValue("P21D") Duration reauditWithin,
    @DefaultValue("P90D") Duration upgradeWithin,
    @DefaultValue("2") int failedAuditsBeforeDecision,
    @DefaultValue("P30D") Duration invitationValidFor) {}
