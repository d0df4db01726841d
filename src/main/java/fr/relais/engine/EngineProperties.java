package fr.relais.engine;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param embedded decided at start-up by {@code EmbeddedEngineDefaults}; not meant to be set by hand
 * @param port the embedded engine's gRPC port on the loopback interface (0: a free one)
 * @param epoch the fixed epoch of an external cluster (see {@link EngineEpoch})
 * @param quiescenceTimeout how long a clock advance waits for the work it triggered
 */
@ConfigurationProperties("relais.engine")
record EngineProperties(
    @DefaultValue("true") boolean embedded,
    @DefaultValue("0") int port,
    @DefaultValue("cluster") String epoch,
    @DefaultValue("PT30S") Duration quiescenceTimeout) {}
