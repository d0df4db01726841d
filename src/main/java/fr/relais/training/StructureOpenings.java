package fr.relais.training;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A labelled structure's opening: its planned date and what the prefect decided when it came too early. */
@Repository
class StructureOpenings {

  private final JdbcClient jdbc;

  StructureOpenings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Opening> find(UUID structureId) {
    return jdbc.sql("select department_code, planned_opening from structure where id = ?")
        .param(structureId)
        .query((rs, row) -> new Opening(rs.getString("department_code"), rs.getDate("planned_opening") == null ? null
            : rs.getDate("planned_opening").toLocalDate()))
        .optional();
  }

  /** Labelled structures with a planned opening whose watch has not reached the engine yet. */
  List<UUID> notWatchedBefore(Instant before) {
    return jdbc.sql("select id from structure where status = 'LABELLED' and planned_opening is not null"
            + " and opening_process_key is null and opening_decision is null and labelled_at < ?")
        .param(Timestamp.from(before))
        .query(UUID.class)
        .list();
  }

  boolean markWatched(UUID structureId, long processInstanceKey) {
    return jdbc.sql("update structure set opening_process_key = ? where id = ? and opening_process_key is null")
        .params(processInstanceKey, structureId)
        .update() == 1;
  }

  /** Records the verdict of the check for that opening time, unless it was made already; returns whether it was. */
  boolean markChecked(UUID structureId, Instant openingAt, boolean ready) {
    return jdbc.sql("update structure set opening_checked_for = ?, opening_ready = ? where id = ?"
            + " and opening_checked_for is distinct from ?")
        .params(Timestamp.from(openingAt), ready, structureId, Timestamp.from(openingAt))
        .update() == 1;
  }

  /** The verdict recorded for that opening time, if it was checked. */
  Optional<Boolean> verdict(UUID structureId, Instant openingAt) {
    return jdbc.sql("select opening_ready from structure where id = ? and opening_checked_for = ?")
        .params(structureId, Timestamp.from(openingAt))
        .query(Boolean.class)
        .optional();
  }

  void postpone(UUID structureId, LocalDate plannedOpening) {
    jdbc.sql("update structure set planned_opening = ?, opening_decision = 'POSTPONE' where id = ?")
        .params(Date.valueOf(plannedOpening), structureId)
        .update();
  }

  void decide(UUID structureId, String decision) {
    jdbc.sql("update structure set opening_decision = ? where id = ?").params(decision, structureId).update();
  }

  record Opening(String departmentCode, LocalDate plannedOpening) {}
}
