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

/**
 * Training sessions and their seats. A seat is taken by one conditional update, so enrolments racing for the last
 * seat never take more than the capacity, whatever the number of nodes or threads.
 */
@Repository
class TrainingSessions {

  private static final String COLUMNS = "id, module_code, place, starts_at, ends_at, capacity, seats_taken,"
      + " trainer_body, department_code, open_to_region, created_by";

  private final JdbcClient jdbc;

  TrainingSessions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(TrainingSession session, Instant now) {
    jdbc.sql("insert into training_session (" + COLUMNS + ", created_at) values (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)")
        .params(session.id(), session.moduleCode(), session.place(), Timestamp.from(session.startsAt()),
            Timestamp.from(session.endsAt()), session.capacity(), session.trainerBody(), session.departmentCode(),
            session.openToRegion(), session.createdBy(), Timestamp.from(now))
        .update();
  }

  /** Changes what may change once agents are enrolled: never the dates, never below the seats taken. */
  boolean update(UUID id, String place, int capacity, Instant startsAt, Instant endsAt, boolean openToRegion) {
    return jdbc.sql("update training_session set place = ?, capacity = ?, starts_at = ?, ends_at = ?,"
            + " open_to_region = ? where id = ? and seats_taken <= ?"
            + " and (seats_taken = 0 or (starts_at = ? and ends_at = ?))")
        .params(place, capacity, Timestamp.from(startsAt), Timestamp.from(endsAt), openToRegion, id, capacity,
            Timestamp.from(startsAt), Timestamp.from(endsAt))
        .update() == 1;
  }

  Optional<TrainingSession> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from training_session where id = ?").param(id).query(this::map)
        .optional();
  }

  /** Sessions of a department (null: every department) starting from a date, soonest first. */
  List<TrainingSession> inDepartment(String department, Instant from) {
    return jdbc.sql("select " + COLUMNS + " from training_session where (cast(? as varchar) is null"
            + " or department_code = ?) and ends_at >= ? order by starts_at, place limit 500")
        .params(department, department, Timestamp.from(from))
        .query(this::map)
        .list();
  }

  List<TrainingSession> givenBy(String trainerBody, Instant from) {
    return jdbc.sql("select " + COLUMNS + " from training_session where trainer_body = ? and ends_at >= ?"
            + " order by starts_at limit 500")
        .params(trainerBody, Timestamp.from(from))
        .query(this::map)
        .list();
  }

  /**
   * Sessions of a module with a free seat, not started yet, in the department first, then open to its region;
   * soonest first within each.
   */
  List<TrainingSession> withFreeSeat(String module, String department, Instant now) {
    return jdbc.sql("select s.id, s.module_code, s.place, s.starts_at, s.ends_at, s.capacity, s.seats_taken,"
            + " s.trainer_body, s.department_code, s.open_to_region, s.created_by from training_session s"
            + " join department d on d.code = s.department_code"
            + " where s.module_code = ? and s.starts_at > ? and s.seats_taken < s.capacity"
            + " and (s.department_code = ? or (s.open_to_region and d.region_code ="
            + " (select region_code from department where code = ?)))"
            + " order by (s.department_code = ?) desc, s.starts_at limit 20")
        .params(module, Timestamp.from(now), department, department, department)
        .query(this::map)
        .list();
  }

  boolean takeSeat(UUID id) {
    return jdbc.sql("update training_session set seats_taken = seats_taken + 1 where id = ? and seats_taken < capacity")
        .param(id)
        .update() == 1;
  }

  private TrainingSession map(ResultSet rs, int row) throws SQLException {
    return new TrainingSession(rs.getObject("id", UUID.class), rs.getString("module_code"), rs.getString("place"),
        rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getInt("capacity"),
        rs.getInt("seats_taken"), rs.getString("trainer_body"), rs.getString("department_code"),
        rs.getBoolean("open_to_region"), rs.getString("created_by"));
  }
}
