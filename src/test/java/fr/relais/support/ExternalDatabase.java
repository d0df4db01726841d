package fr.relais.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server this machine kind runs (127.0.0.1:5432, database {@code test}, trust authentication), for
 * tests of the external-database mode. Each test class takes a schema of its own; without the server the class is
 * skipped, saying why, so the suite never depends on it.
 */
public final class ExternalDatabase {

  public static final String USER = "postgres";

  private ExternalDatabase() {}

  /** Drops the schema so Flyway starts from nothing, or skips the calling test class when there is no server. */
  public static void startFromAnEmptySchema(String url, String schema) {
    try (Connection connection = DriverManager.getConnection(url, USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute("drop schema if exists " + schema + " cascade");
    } catch (SQLException e) {
      assumeTrue(false, "no PostgreSQL server on 127.0.0.1:5432 (database test): " + e.getMessage());
    }
  }
}
