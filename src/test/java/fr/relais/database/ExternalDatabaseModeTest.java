package fr.relais.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.support.ExternalDatabase;
import fr.relais.support.OwnEngine;
import fr.relais.support.RelaisApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * External-database mode: SPRING_DATASOURCE_URL points Relais at a PostgreSQL server of its own (here the
 * one this machine kind runs on 127.0.0.1:5432), and no embedded PostgreSQL starts. The suite passes
 * without that server: the class is skipped, saying why.
 */
@OwnEngine
@SpringBootTest(properties = {
    "spring.datasource.url=" + ExternalDatabaseModeTest.URL,
    "spring.datasource.username=" + ExternalDatabase.USER,
    "spring.flyway.schemas=" + ExternalDatabaseModeTest.SCHEMA,
    "spring.flyway.default-schema=" + ExternalDatabaseModeTest.SCHEMA})
@AutoConfigureMockMvc
class ExternalDatabaseModeTest {

  static final String SCHEMA = "relais_external_mode_test";
  static final String URL = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA;

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;

  @BeforeAll
  static void startFromAnEmptySchema() {
    ExternalDatabase.startFromAnEmptySchema(URL, SCHEMA);
  }

  @Test
  void relaisRunsOnTheExternalDatabaseWithoutStartingItsOwn() {
    assertThat(context.getEnvironment().getProperty("relais.database.embedded")).isEqualTo("false");
    assertThat(context.getBeanNamesForType(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class)).isEmpty();
    assertThat(jdbc.sql("select current_schema()").query(String.class).single()).isEqualTo(SCHEMA);
    assertThat(jdbc.sql("select count(*) from operator").query(Integer.class).single()).isEqualTo(12);

    RelaisApi api = new RelaisApi(mvc, json);
    String id = api.submitReferral("agent-35", "CAF");

    assertThat(api.awaitTask("referent-caf-35", id, "Task_AnswerReferral")).isNotNull();
    assertThat(jdbc.sql("select count(*) from referral where id = cast(? as uuid)").param(id)
        .query(Integer.class).single()).isEqualTo(1);
  }
}
