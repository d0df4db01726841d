package fr.relais.quality;

import com.fasterxml.jackson.core.type.TypeReference;
import fr.relais.database.JsonColumns;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Controls and their visits; each change is a targeted update guarded by the status it moves from. */
@Repository
class Controls {

  private static final TypeReference<Map<String, Integer>> SCORES = new TypeReference<>() {};
  private static final String COLUMNS = "id, campaign_id, structure_id, department_code, status, failed_visits,"
      + " plan_due_at, corrective_plan, follow_up_at, opened_at, closed_at";

  private final JdbcClient jdbc;
  private final JsonColumns json;

  Controls(JdbcClient jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Opens a control unless the structure has one open already (unique index); returns whether it opened one. */
  boolean open(UUID id, UUID campaignId, SamplingFrame structure, Instant now) {
    return jdbc.sql("insert into quality_control (id, campaign_id, structure_id, department_code, status, opened_at)"
            + " values (?, ?, ?, ?, 'VISIT_DUE', ?) on conflict do nothing")
        .params(id, campaignId, structure.structureId(), structure.department(), Timestamp.from(now))
        .update() == 1;
  }

  Optional<Control> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from quality_control where id = ?").param(id).query(this::map).optional();
  }

  /** One line per control of the campaign in the department (null: everywhere), with its visits' scores. */
  List<ControlLine> linesOf(UUID campaignId, String department) {
    return jdbc.sql("select c.id, c.structure_id, s.name, c.department_code, c.status,"
            + " array_remove(array_agg(v.score order by v.round), null) as scores"
            + " from quality_control c join structure s on s.id = c.structure_id"
            + " left join mystery_visit v on v.control_id = c.id"
            + " where c.campaign_id = ? and (cast(? as varchar) is null or c.department_code = ?)"
            + " group by c.id, s.name order by c.opened_at")
        .params(campaignId, department, department)
        .query((rs, row) -> new ControlLine(rs.getObject("id", UUID.class), rs.getObject("structure_id", UUID.class),
            rs.getString("name"), rs.getString("department_code"), rs.getString("status"),
            List.of((Integer[]) rs.getArray("scores").getArray())))
        .list();
  }

  List<Control> ofStructure(UUID structureId) {
    return jdbc.sql("select " + COLUMNS + " from quality_control where structure_id = ? order by opened_at desc")
        .param(structureId).query(this::map).list();
  }

  List<Control> notStartedBefore(Instant before) {
    return jdbc.sql("select " + COLUMNS + " from quality_control where process_instance_key is null"
            + " and closed_at is null and opened_at < ? limit 100")
        .param(Timestamp.from(before)).query(this::map).list();
  }

  void markStarted(UUID id, long processInstanceKey) {
    jdbc.sql("update quality_control set process_instance_key = ? where id = ? and process_instance_key is null")
        .params(processInstanceKey, id).update();
  }

  /** Moves a control from one status to another; false when it is not (or no longer) in the first. */
  boolean move(UUID id, String from, String to, Instant closedAt) {
    return jdbc.sql("update quality_control set status = ?, closed_at = ? where id = ? and status = ?")
        .params(to, closedAt == null ? null : Timestamp.from(closedAt), id, from)
        .update() == 1;
  }

  boolean failVisit(UUID id, String to, Instant planDueAt) {
    return jdbc.sql("update quality_control set status = ?, failed_visits = failed_visits + 1, plan_due_at = ?"
            + " where id = ? and status = 'VISIT_DUE'")
        .params(to, planDueAt == null ? null : Timestamp.from(planDueAt), id)
        .update() == 1;
  }

  boolean recordPlan(UUID id, String plan, String by) {
    return jdbc.sql("update quality_control set corrective_plan = ?, plan_by = ? where id = ? and status = 'PLAN_DUE'")
        .params(plan, by, id).update() == 1;
  }

  boolean scheduleFollowUp(UUID id, Instant followUpAt) {
    return jdbc.sql("update quality_control set status = 'VISIT_DUE', follow_up_at = ? where id = ?"
            + " and status = 'PLAN_DUE'")
        .params(Timestamp.from(followUpAt), id).update() == 1;
  }

  /** Stores the round's visit; a visit already scored is never replaced. */
  void recordVisit(Visit visit) {
    jdbc.sql("insert into mystery_visit (control_id, round, visited_on, visitor, scenario, scores, score, passed,"
            + " remarks, recorded_at) values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)"
            + " on conflict (control_id, round) do nothing")
        .params(visit.controlId(), visit.round(), Date.valueOf(visit.visitedOn()), visit.visitor(), visit.scenario(),
            json.write(visit.scores()), visit.score(), visit.passed(), visit.remarks(),
            Timestamp.from(visit.recordedAt()))
        .update();
  }

  Optional<Visit> visit(UUID controlId, int round) {
    return jdbc.sql("select * from mystery_visit where control_id = ? and round = ?").params(controlId, round)
        .query(this::visit).optional();
  }

  List<Visit> visits(UUID controlId) {
    return jdbc.sql("select * from mystery_visit where control_id = ? order by round").param(controlId)
        .query(this::visit).list();
  }

  /** After a visit, the next one is due within the year. */
  void markVisited(UUID structureId, LocalDate visitedOn) {
    jdbc.sql("update quality_enrolment set last_visit_on = ?, visit_due_by = ? where structure_id = ?")
        .params(Date.valueOf(visitedOn), Date.valueOf(visitedOn.plusYears(1)), structureId).update();
  }

  private Control map(ResultSet rs, int row) throws SQLException {
    return new Control(rs.getObject("id", UUID.class), rs.getObject("campaign_id", UUID.class),
        rs.getObject("structure_id", UUID.class), rs.getString("department_code"), rs.getString("status"),
        rs.getInt("failed_visits"), instant(rs.getTimestamp("plan_due_at")), rs.getString("corrective_plan"),
        instant(rs.getTimestamp("follow_up_at")), instant(rs.getTimestamp("opened_at")),
        instant(rs.getTimestamp("closed_at")));
  }

  private Visit visit(ResultSet rs, int row) throws SQLException {
    return new Visit(rs.getObject("control_id", UUID.class), rs.getInt("round"),
        rs.getDate("visited_on").toLocalDate(), rs.getString("visitor"), rs.getString("scenario"),
        json.read(rs.getString("scores"), SCORES), rs.getInt("score"), rs.getBoolean("passed"),
        rs.getString("remarks"), rs.getTimestamp("recorded_at").toInstant());
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
