package fr.relais.engine;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.util.UUID;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the in-memory engine before the Camunda client connects to it. The starter deploys the
 * models and opens the workers when the context starts, after every singleton (this one included) exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = EmbeddedEngineDefaults.EMBEDDED, havingValue = "true")
class EmbeddedEngineConfiguration {

  static final String ENGINE_BEAN = "embeddedEngine";

  @Bean(name = ENGINE_BEAN, initMethod = "start", destroyMethod = "stop")
  ZeebeTestEngine embeddedEngine(EngineProperties properties) {
    LoopbackGrpcServerProvider.registerOnce();
    return EngineFactory.create(properties.port());
  }

  @Bean
  static AbstractDependsOnBeanFactoryPostProcessor camundaClientDependsOnEmbeddedEngine() {
    return new AbstractDependsOnBeanFactoryPostProcessor(CamundaClient.class, ENGINE_BEAN) {};
  }

  @Bean
  EngineClock clock(ZeebeTestEngine embeddedEngine) {
    return new EngineClock(embeddedEngine);
  }

  @Bean
  EngineEpoch engineEpoch() {
    return new EngineEpoch("embedded-" + UUID.randomUUID());
  }
}
