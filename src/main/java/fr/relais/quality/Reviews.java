package fr.relais.quality;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Label reviews, and the label's status they change; one review per control or survey. */
@Repository
class Reviews {

  private final JdbcClient jdbc;

  Reviews(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Opens the review of a control or survey, or finds the one opened already; returns its id. */
  UUID open(UUID structureId, String source, UUID sourceId, Instant now) {
    jdbc.sql("insert into label_review (id, structure_id, source, source_id, opened_at) values (?, ?, ?, ?, ?)"
            + " on conflict (source, source_id) do nothing")
        .params(UUID.randomUUID(), structureId, source, sourceId, Timestamp.from(now))
        .update();
    return jdbc.sql("select id from label_review where source = ? and source_id = ?").params(source, sourceId)
        .query(UUID.class).single();
  }

  Optional<Review> find(UUID id) {
    return jdbc.sql("select * from label_review where id = ?").param(id).query(this::map).optional();
  }

  List<PendingReview> open(String department) {
    return jdbc.sql("select r.*, s.name as structure_name from label_review r join structure s on s.id = r.structure_id"
            + " where r.decision is null and (cast(? as varchar) is null or s.department_code = ?)"
            + " order by r.opened_at")
        .params(department, department)
        .query((rs, row) -> new PendingReview(map(rs, row), rs.getString("structure_name")))
        .list();
  }

  boolean decide(UUID id, String decision, LocalDate suspendedUntil, String reason, String by, Instant now) {
    return jdbc.sql("update label_review set decision = ?, suspended_until = ?, reason = ?, decided_by = ?,"
            + " decided_at = ? where id = ? and decision is null")
        .params(decision, suspendedUntil == null ? null : Date.valueOf(suspendedUntil), reason, by,
            Timestamp.from(now), id)
        .update() == 1;
  }

  /** Changes the structure's label status; false when it is not (or no longer) in the expected one. */
  boolean moveLabel(UUID structureId, String from, String to) {
    return jdbc.sql("update structure set status = ?, version = version + 1 where id = ? and status = ?")
        .params(to, structureId, from).update() == 1;
  }

  boolean withdrawLabel(UUID structureId) {
    return jdbc.sql("update structure set status = 'WITHDRAWN', version = version + 1 where id = ?"
            + " and status in ('LABELLED', 'SUSPENDED')")
        .param(structureId).update() == 1;
  }

  /** Whether another review of the structure withdrew its label or suspends it beyond this review's end. */
  boolean isOverruled(Review review) {
    return jdbc.sql("select exists (select 1 from label_review where structure_id = ? and id <> ?"
            + " and (decision = 'WITHDRAW' or (decision = 'SUSPEND' and suspended_until > ?)))")
        .params(review.structureId(), review.id(), Date.valueOf(review.suspendedUntil()))
        .query(Boolean.class).single();
  }

  private Review map(ResultSet rs, int row) throws SQLException {
    Date until = rs.getDate("suspended_until");
    return new Review(rs.getObject("id", UUID.class), rs.getObject("structure_id", UUID.class), rs.getString("source"),
        rs.getObject("source_id", UUID.class), rs.getTimestamp("opened_at").toInstant(), rs.getString("decision"),
        until == null ? null : until.toLocalDate(), rs.getString("reason"), rs.getString("decided_by"));
  }
}
