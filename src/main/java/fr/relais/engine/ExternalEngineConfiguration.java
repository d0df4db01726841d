package fr.relais.engine;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A real cluster keeps its own time: the app uses the system clock. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = EmbeddedEngineDefaults.EMBEDDED, havingValue = "false")
class ExternalEngineConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  EngineEpoch engineEpoch(EngineProperties properties) {
    return new EngineEpoch(properties.epoch());
  }
}
