package fr.relais.tasks;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param jobTimeout how long an activated user-task job stays ours before the engine would hand it
 *     out again; the periodic check extends it, so only a job whose activation was lost waits this long
 */
@ConfigurationProperties("relais.tasks")
public record TaskProperties(@DefaultValue("PT10M") Duration jobTimeout) {}
