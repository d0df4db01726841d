package fr.relais.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relais.support.Mailbox;
import fr.relais.support.ExternalDatabase;
import fr.relais.support.OwnEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real deployment (external database, no demo) starts with no account: RELAIS_ADMIN_EMAIL creates the first
 * administrator, without a password, and sends the link to choose one (also written once to the log).
 */
@OwnEngine
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = {
    "spring.datasource.url=" + FirstAdministratorTest.URL,
    "spring.datasource.username=" + ExternalDatabase.USER,
    "spring.flyway.schemas=" + FirstAdministratorTest.SCHEMA,
    "spring.flyway.default-schema=" + FirstAdministratorTest.SCHEMA,
    "relais.demo=false",
    "relais.accounts.admin-email=" + FirstAdministratorTest.EMAIL,
    "relais.accounts.admin-username=chef",
    // The test sends the outbox when it looks, as in the shared context.
    "relais.mail.send-interval=PT1H"})
class FirstAdministratorTest {

  static final String SCHEMA = "relais_first_admin_test";
  static final String URL = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA;
  static final String EMAIL = "chef.de.projet@prefecture.test";

  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;

  @BeforeAll
  static void startFromAnEmptySchema() {
    ExternalDatabase.startFromAnEmptySchema(URL, SCHEMA);
  }

  @Test
  void theFirstAdministratorIsCreatedWithoutPasswordAndGetsTheLinkByMailAndInTheLog(CapturedOutput output) {
    assertThat(jdbc.sql("select username, role, email, password_hash is null as no_password from app_user")
        .query((rs, row) -> rs.getString("username") + "/" + rs.getString("role") + "/" + rs.getString("email") + "/"
            + rs.getBoolean("no_password")).list())
        .containsExactly("chef/ADMIN/" + EMAIL + "/true");
    String token = new Mailbox(context).passwordToken(EMAIL);
    assertThat(output.getAll()).containsOnlyOnce("/password/" + token);
  }
}
