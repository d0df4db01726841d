package fr.relais.referral;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V017 on a database that already holds referrals: each gets its reference in submission order, per department and
 * Paris year, and new cases carry on after them instead of reusing a number.
 */
class ReferralReferenceMigrationTest {

  @Test
  void existingReferralsAreNumberedAndNewOnesFollowThem() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      DataSource dataSource = postgres.getPostgresDatabase();
      Flyway.configure().dataSource(dataSource).target("15").load().migrate();
      JdbcClient jdbc = JdbcClient.create(dataSource);
      UUID rennes = structure(jdbc, "35");
      UUID charleville = structure(jdbc, "08");
      UUID second = referral(jdbc, rennes, "35", "2026-03-02T10:00:00Z");
      UUID first = referral(jdbc, rennes, "35", "2026-01-15T09:00:00Z");
      UUID newYearsEve = referral(jdbc, rennes, "35", "2025-12-31T23:30:00Z");
      UUID ardennes = referral(jdbc, charleville, "08", "2026-02-01T08:00:00Z");

      Flyway.configure().dataSource(dataSource).load().migrate();

      assertThat(List.of(newYearsEve, first, second, ardennes).stream().map(id -> referenceOf(jdbc, id)))
          .as("in submission order; 23h30 UTC on 31 December is already the new year in Paris")
          .containsExactly("SAI-35-2026-000001", "SAI-35-2026-000002", "SAI-35-2026-000003", "SAI-08-2026-000001");
      assertThat(new ReferralNumbers(jdbc).next("35", Instant.parse("2026-06-01T10:00:00Z")))
          .isEqualTo("SAI-35-2026-000004");
      assertThat(new ReferralNumbers(jdbc).next("08", Instant.parse("2027-01-05T10:00:00Z")))
          .isEqualTo("SAI-08-2027-000001");
    }
  }

  private static UUID structure(JdbcClient jdbc, String department) {
    UUID id = UUID.randomUUID();
    jdbc.sql("insert into structure (id, name, department_code, commune, status, created_at)"
            + " values (?, 'France services', ?, 'Commune', 'LABELLED', now())")
        .params(id, department).update();
    return id;
  }

  private static UUID referral(JdbcClient jdbc, UUID structure, String department, String submittedAt) {
    UUID id = UUID.randomUUID();
    jdbc.sql("insert into referral (id, structure_id, department_code, operator_code, life_situation, subject,"
            + " description, consent_given, status, submitted_by, submitted_at, due_at)"
            + " values (?, ?, ?, 'CAF', 'SOCIAL_FAMILLE', 'Objet', 'Description', true, 'OPEN', 'agent',"
            + " ?::timestamptz, ?::timestamptz)")
        .params(id, structure, department, submittedAt, submittedAt).update();
    return id;
  }

  private static String referenceOf(JdbcClient jdbc, UUID id) {
    return jdbc.sql("select reference from referral where id = ?").param(id).query(String.class).single();
  }
}
