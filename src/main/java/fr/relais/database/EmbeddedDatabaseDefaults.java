package fr.relais.database;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides the database mode before any bean exists: with no {@code spring.datasource.url} Relais
 * runs its own PostgreSQL, so a fresh clone starts with no configuration at all.
 */
class EmbeddedDatabaseDefaults implements EnvironmentPostProcessor {

  static final String EMBEDDED = "relais.database.embedded";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    boolean embedded = !environment.containsProperty("spring.datasource.url");
    environment.getPropertySources()
        .addLast(new MapPropertySource("relais-database-mode", Map.of(EMBEDDED, String.valueOf(embedded))));
  }
}
