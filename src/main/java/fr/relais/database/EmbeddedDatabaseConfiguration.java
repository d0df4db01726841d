package fr.relais.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Real PostgreSQL binaries (from Maven Central) run as a child process: no install, no Docker. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = EmbeddedDatabaseDefaults.EMBEDDED, havingValue = "true")
class EmbeddedDatabaseConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(DatabaseProperties properties) throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
    if (!properties.dataDirectory().isBlank()) {
      Path directory = Path.of(properties.dataDirectory()).toAbsolutePath();
      Files.createDirectories(directory);
      builder.setDataDirectory(directory).setCleanDataDirectory(false);
      LOG.info("Embedded PostgreSQL keeps its data in {}", directory);
    }
    return builder.start();
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    dataSource.setMaximumPoolSize(20);
    dataSource.setPoolName("relais-embedded");
    return dataSource;
  }
}
