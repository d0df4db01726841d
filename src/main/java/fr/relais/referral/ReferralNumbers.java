package fr.relais.referral;

import fr.relais.history.CaseNumbers;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives each new referral its reference, {@code SAI-<department>-<year>-<sequence>}: the sequence counts per
 * department and Paris calendar year. The counter row is incremented by one upsert in the submitting transaction;
 * its row lock makes concurrent submissions of a department wait for each other, so no number is given twice.
 */
@Component
class ReferralNumbers implements CaseNumbers {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final JdbcClient jdbc;

  ReferralNumbers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  String next(String department, Instant submittedAt) {
    int year = submittedAt.atZone(PARIS).getYear();
    int number = jdbc.sql("insert into referral_counter (department_code, year, last_number) values (?, ?, 1)"
            + " on conflict (department_code, year) do update set last_number = referral_counter.last_number + 1"
            + " returning last_number")
        .params(department, year)
        .query(Integer.class)
        .single();
    return "SAI-%s-%d-%06d".formatted(department, year, number);
  }

  @Override
  public Optional<String> numberOf(UUID caseId) {
    return jdbc.sql("select reference from referral where id = ?").param(caseId).query(String.class).optional();
  }
}
