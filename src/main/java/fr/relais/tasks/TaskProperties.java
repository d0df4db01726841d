package fr.relais.tasks;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param jobTimeout how long an activated user-task job stays ours before the engine would hand it
 *     out again; the periodic check extends it, so only a job whose activation was lost waits this long
 * @param deliveryLease how long a submission being handed to the engine is left to the request doing it
 *     before the periodic retry may take it over; longer than the engine client's request timeout
 * @param draftMaxBytes the largest draft kept, written as JSON; a form is never near it, a flood is
 * @param restoredStepWaits how many delivery attempts (one per lease) a submission stored before an engine restart
 *     waits for its restored step before it is withdrawn
 */
@ConfigurationProperties("relais.tasks")
public record TaskProperties(@DefaultValue("PT10M") Duration jobTimeout, @DefaultValue("PT1M") Duration deliveryLease,
    @DefaultValue("200000") int draftMaxBytes, @DefaultValue("20") int restoredStepWaits) {}
