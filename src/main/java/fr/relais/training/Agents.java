package fr.relais.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agents of the structures, registered for training; one row per person and structure. */
@Repository
class Agents {

  private static final String SELECT = "select a.id, a.structure_id, s.name as structure_name, s.department_code,"
      + " a.full_name, a.training_status, a.registered_at, a.certified_at from structure_agent a"
      + " join structure s on s.id = a.structure_id";

  private final JdbcClient jdbc;

  Agents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns whether this call registered the agent (false: the structure already had someone of that name). */
  boolean insertIfAbsent(UUID id, UUID structureId, String fullName, Instant now) {
    return jdbc.sql("insert into structure_agent (id, structure_id, full_name, training_status, registered_at)"
            + " values (?, ?, ?, 'AWAITING_TRAINING', ?) on conflict do nothing")
        .params(id, structureId, fullName, Timestamp.from(now))
        .update() == 1;
  }

  Optional<Agent> find(UUID id) {
    return jdbc.sql(SELECT + " where a.id = ?").param(id).query(this::map).optional();
  }

  List<Agent> ofStructure(UUID structureId) {
    return jdbc.sql(SELECT + " where a.structure_id = ? order by a.full_name").param(structureId).query(this::map)
        .list();
  }

  int certifiedIn(UUID structureId) {
    return jdbc.sql("select count(*) from structure_agent where structure_id = ? and certified_at is not null")
        .param(structureId).query(Integer.class).single();
  }

  /** Agents whose training process has not reached the engine yet, registered before the given time. */
  List<Agent> notStartedBefore(Instant before) {
    return jdbc.sql(SELECT + " where a.process_instance_key is null and a.certified_at is null"
            + " and a.registered_at < ? order by a.registered_at limit 100")
        .param(Timestamp.from(before))
        .query(this::map)
        .list();
  }

  boolean markStarted(UUID id, long processInstanceKey) {
    return jdbc.sql("update structure_agent set process_instance_key = ?, training_status = 'IN_TRAINING'"
            + " where id = ? and process_instance_key is null")
        .params(processInstanceKey, id)
        .update() == 1;
  }

  boolean certify(UUID id, Instant now) {
    return jdbc.sql("update structure_agent set certified_at = ?, training_status = 'CERTIFIED'"
            + " where id = ? and certified_at is null")
        .params(Timestamp.from(now), id)
        .update() == 1;
  }

  private Agent map(ResultSet rs, int row) throws SQLException {
    Timestamp certified = rs.getTimestamp("certified_at");
    return new Agent(rs.getObject("id", UUID.class), rs.getObject("structure_id", UUID.class),
        rs.getString("structure_name"), rs.getString("department_code"), rs.getString("full_name"),
        rs.getString("training_status"), rs.getTimestamp("registered_at").toInstant(),
        certified == null ? null : certified.toInstant());
  }
}
