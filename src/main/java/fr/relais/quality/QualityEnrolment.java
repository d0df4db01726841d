package fr.relais.quality;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Enrols labelled structures in quality control: from their label's effective date, each is due a mystery visit
 * within a year (domain.md section 4: every labelled structure is visited at least once a year).
 */
@Service
public class QualityEnrolment {

  private final JdbcClient jdbc;

  QualityEnrolment(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns whether this call enrolled the structure (false: it already was). */
  public boolean enrol(UUID structureId, LocalDate labelEffective, Instant now) {
    return jdbc.sql("insert into quality_enrolment (structure_id, enrolled_at, visit_due_by) values (?, ?, ?)"
            + " on conflict (structure_id) do nothing")
        .params(structureId, Timestamp.from(now), Date.valueOf(labelEffective.plusYears(1)))
        .update() == 1;
  }
}
