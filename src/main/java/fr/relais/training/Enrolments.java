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

/** Enrolments; an agent holds at most one open enrolment per module (unique index), so a seat is never taken twice. */
@Repository
class Enrolments {

  private static final String COLUMNS = "id, agent_id, session_id, module_code, status, enrolled_at, attendance_by,"
      + " attendance_at, attendance_comment";

  private final JdbcClient jdbc;

  Enrolments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(UUID id, UUID agentId, TrainingSession session, Instant now) {
    jdbc.sql("insert into training_enrolment (id, agent_id, session_id, module_code, status, enrolled_at)"
            + " values (?, ?, ?, ?, 'ENROLLED', ?)")
        .params(id, agentId, session.id(), session.moduleCode(), Timestamp.from(now))
        .update();
  }

  Optional<Enrolment> open(UUID agentId, String module) {
    return jdbc.sql("select " + COLUMNS + " from training_enrolment where agent_id = ? and module_code = ?"
            + " and status = 'ENROLLED'")
        .params(agentId, module)
        .query(this::map)
        .optional();
  }

  List<Enrolment> ofAgent(UUID agentId) {
    return jdbc.sql("select " + COLUMNS + " from training_enrolment where agent_id = ? order by enrolled_at")
        .param(agentId).query(this::map).list();
  }

  List<SessionView.Attendee> attendees(UUID sessionId) {
    return jdbc.sql("select e.agent_id, a.full_name, e.status from training_enrolment e"
            + " join structure_agent a on a.id = e.agent_id where e.session_id = ? order by e.enrolled_at")
        .param(sessionId)
        .query((rs, row) -> new SessionView.Attendee(rs.getObject("agent_id", UUID.class), rs.getString("full_name"),
            rs.getString("status")))
        .list();
  }

  /** Whether the agent ever took a seat in a session the training body gives. */
  boolean inSessionGivenBy(UUID agentId, String trainerBody) {
    return jdbc.sql("select exists (select 1 from training_enrolment e join training_session s on s.id = e.session_id"
            + " where e.agent_id = ? and s.trainer_body = ?)")
        .params(agentId, trainerBody).query(Boolean.class).single();
  }

  /** Closes the open enrolment of the session as attended or absent; an enrolment closed already is left alone. */
  boolean recordAttendance(UUID agentId, UUID sessionId, String status, String by, String comment, Instant now) {
    return jdbc.sql("update training_enrolment set status = ?, attendance_by = ?, attendance_at = ?,"
            + " attendance_comment = ? where agent_id = ? and session_id = ? and status = 'ENROLLED'")
        .params(status, by, Timestamp.from(now), comment, agentId, sessionId)
        .update() == 1;
  }

  private Enrolment map(ResultSet rs, int row) throws SQLException {
    Timestamp attendanceAt = rs.getTimestamp("attendance_at");
    return new Enrolment(rs.getObject("id", UUID.class), rs.getObject("agent_id", UUID.class),
        rs.getObject("session_id", UUID.class), rs.getString("module_code"), rs.getString("status"),
        rs.getTimestamp("enrolled_at").toInstant(), rs.getString("attendance_by"),
        attendanceAt == null ? null : attendanceAt.toInstant(), rs.getString("attendance_comment"));
  }
}
