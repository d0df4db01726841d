package fr.relais.quality;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Satisfaction surveys and their answers; an answer only counts while its survey is open. */
@Repository
class Surveys {

  private static final String COLUMNS = "id, structure_id, department_code, token, opens_at, closes_at, answers,"
      + " satisfied, rate, closed_at, status";

  private final JdbcClient jdbc;

  Surveys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Structures enrolled and labelled whose last survey is more than a year old (or that never had one). */
  List<SamplingFrame> due(Instant yearAgo) {
    return jdbc.sql("select e.structure_id, s.department_code, e.visit_due_by from quality_enrolment e"
            + " join structure s on s.id = e.structure_id where s.status = 'LABELLED'"
            + " and (e.last_survey_at is null or e.last_survey_at < ?)"
            + " and not exists (select 1 from satisfaction_survey v where v.structure_id = e.structure_id"
            + " and v.closed_at is null)")
        .param(Timestamp.from(yearAgo))
        .query((rs, row) -> new SamplingFrame(rs.getObject(1, UUID.class), rs.getString(2),
            rs.getDate(3).toLocalDate()))
        .list();
  }

  /** Plans the structure's survey unless one is open (unique index); returns whether it planned one. */
  boolean plan(UUID id, SamplingFrame structure, String token, Instant opensAt, Instant closesAt) {
    int planned = jdbc.sql("insert into satisfaction_survey (id, structure_id, department_code, token, opens_at,"
            + " closes_at, status) values (?, ?, ?, ?, ?, ?, 'OPEN') on conflict do nothing")
        .params(id, structure.structureId(), structure.department(), token, Timestamp.from(opensAt),
            Timestamp.from(closesAt))
        .update();
    if (planned == 1) {
      jdbc.sql("update quality_enrolment set last_survey_at = ? where structure_id = ?")
          .params(Timestamp.from(opensAt), structure.structureId()).update();
    }
    return planned == 1;
  }

  Optional<Survey> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from satisfaction_survey where id = ?").param(id).query(this::map)
        .optional();
  }

  Optional<Survey> byToken(String token) {
    return jdbc.sql("select " + COLUMNS + " from satisfaction_survey where token = ?").param(token).query(this::map)
        .optional();
  }

  List<Survey> ofStructure(UUID structureId) {
    return jdbc.sql("select " + COLUMNS + " from satisfaction_survey where structure_id = ? order by opens_at desc")
        .param(structureId).query(this::map).list();
  }

  List<Survey> notStartedBefore(Instant before) {
    return jdbc.sql("select " + COLUMNS + " from satisfaction_survey where process_instance_key is null"
            + " and closed_at is null and opens_at < ? limit 100")
        .param(Timestamp.from(before)).query(this::map).list();
  }

  void markStarted(UUID id, long processInstanceKey) {
    jdbc.sql("update satisfaction_survey set process_instance_key = ? where id = ? and process_instance_key is null")
        .params(processInstanceKey, id).update();
  }

  /** One answer, counted in the same statement that checks the survey is open: a closed survey takes none. */
  boolean answer(UUID surveyId, int satisfaction, String outcome, boolean recommend, Instant now) {
    int counted = jdbc.sql("update satisfaction_survey set answers = answers + 1,"
            + " satisfied = satisfied + case when ? >= 4 then 1 else 0 end"
            + " where id = ? and closed_at is null and opens_at <= ? and closes_at > ?")
        .params(satisfaction, surveyId, Timestamp.from(now), Timestamp.from(now))
        .update();
    if (counted == 1) {
      jdbc.sql("insert into survey_answer (survey_id, answered_at, satisfaction, outcome, recommend)"
              + " values (?, ?, ?, ?, ?)")
          .params(surveyId, Timestamp.from(now), satisfaction, outcome, recommend)
          .update();
    }
    return counted == 1;
  }

  /** Closes the survey once with its rate; a survey closed already is left as it is. */
  boolean close(UUID id, BigDecimal rate, String status, Instant now) {
    return jdbc.sql("update satisfaction_survey set closed_at = ?, rate = ?, status = ? where id = ?"
            + " and closed_at is null")
        .params(Timestamp.from(now), rate, status, id).update() == 1;
  }

  boolean move(UUID id, String from, String to) {
    return jdbc.sql("update satisfaction_survey set status = ? where id = ? and status = ?")
        .params(to, id, from).update() == 1;
  }

  private Survey map(ResultSet rs, int row) throws SQLException {
    Timestamp closed = rs.getTimestamp("closed_at");
    return new Survey(rs.getObject("id", UUID.class), rs.getObject("structure_id", UUID.class),
        rs.getString("department_code"), rs.getString("token"), rs.getTimestamp("opens_at").toInstant(),
        rs.getTimestamp("closes_at").toInstant(), rs.getInt("answers"), rs.getInt("satisfied"),
        rs.getBigDecimal("rate"), closed == null ? null : closed.toInstant(), rs.getString("status"));
  }
}
