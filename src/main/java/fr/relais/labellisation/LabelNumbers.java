package fr.relais.labellisation;

import fr.relais.history.CaseNumbers;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A labelled structure is known by its label number; before its label, by its project's reference (PRJ-35-2026-00042). */
@Component
class LabelNumbers implements CaseNumbers {

  private final JdbcClient jdbc;

  LabelNumbers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<String> numberOf(UUID caseId) {
    return jdbc.sql("select coalesce(label_number, proposal_reference) from structure where id = ?"
            + " and coalesce(label_number, proposal_reference) is not null")
        .param(caseId).query(String.class).optional();
  }
}
