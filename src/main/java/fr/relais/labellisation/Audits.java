package fr.relais.labellisation;

import com.fasterxml.jackson.core.type.TypeReference;
import fr.relais.database.JsonColumns;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Audit rounds. A round's submission may be replaced until it is scored, never after. */
@Repository
class Audits {

  private static final TypeReference<List<CriterionResult>> RESULTS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonColumns json;

  Audits(JdbcClient jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Stores the round's submission; returns false if that round was already scored. */
  boolean record(Audit audit) {
    return jdbc.sql("insert into structure_audit (structure_id, round, referential_version, auditor, fast_track,"
            + " due_at, visit_date, results, remarks, submitted_by, submitted_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)"
            + " on conflict (structure_id, round) do update set visit_date = excluded.visit_date,"
            + " results = excluded.results, remarks = excluded.remarks, submitted_by = excluded.submitted_by,"
            + " submitted_at = excluded.submitted_at where structure_audit.conclusive is null")
        .params(audit.structureId(), audit.round(), audit.referentialVersion(), audit.auditor(), audit.fastTrack(),
            audit.dueAt() == null ? null : Timestamp.from(audit.dueAt()), Date.valueOf(audit.visitDate()),
            json.write(audit.results()), audit.remarks(), audit.submittedBy(), Timestamp.from(audit.submittedAt()))
        .update() == 1;
  }

  Optional<Audit> find(UUID structureId, int round) {
    return jdbc.sql("select * from structure_audit where structure_id = ? and round = ?")
        .params(structureId, round).query(this::map).optional();
  }

  /** The latest round before the given one: what a re-audit starts from. */
  Optional<Audit> before(UUID structureId, int round) {
    return jdbc.sql("select * from structure_audit where structure_id = ? and round < ? order by round desc limit 1")
        .params(structureId, round).query(this::map).optional();
  }

  List<Audit> of(UUID structureId) {
    return jdbc.sql("select * from structure_audit where structure_id = ? order by round")
        .param(structureId).query(this::map).list();
  }

  void markScored(UUID structureId, int round, boolean conclusive, Instant now) {
    jdbc.sql("update structure_audit set conclusive = ?, scored_at = ? where structure_id = ? and round = ?"
            + " and conclusive is null")
        .params(conclusive, Timestamp.from(now), structureId, round)
        .update();
  }

  private Audit map(ResultSet rs, int row) throws SQLException {
    Timestamp dueAt = rs.getTimestamp("due_at");
    return new Audit(rs.getObject("structure_id", UUID.class), rs.getInt("round"),
        rs.getString("referential_version"), rs.getString("auditor"), rs.getBoolean("fast_track"),
        dueAt == null ? null : dueAt.toInstant(), rs.getDate("visit_date").toLocalDate(),
        json.read(rs.getString("results"), RESULTS), rs.getString("remarks"), rs.getString("submitted_by"),
        rs.getTimestamp("submitted_at").toInstant(), rs.getObject("conclusive", Boolean.class));
  }
}
