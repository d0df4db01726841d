package fr.relais.tasks;

import com.fasterxml.jackson.core.type.TypeReference;
import fr.relais.database.JsonColumns;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Task rows. Every state change is one conditional UPDATE on the expected state and version, so two
 * concurrent requests can never both win.
 */
@Repository
class TaskRepository {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final String COLUMNS = "id, engine_epoch, job_key, process_instance_key, process_id, element_id,"
      + " name, business_key, form_key, candidate_groups, assignee, created_at, due_at, state, variables,"
      + " submitted_by, submitted_at, submission, completion_attempts, withdrawn_reason, version";

  private final JdbcClient jdbc;
  private final JsonColumns json;

  TaskRepository(JdbcClient jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Inserts the task unless its job is already known; returns whether this call inserted it. */
  boolean insertIfAbsent(UUID id, IncomingTask incoming, String name, Instant now) {
    return jdbc.sql("insert into task (id, engine_epoch, job_key, process_instance_key, process_id, element_id, name,"
            + " business_key, form_key, candidate_groups, assignee, created_at, due_at, follow_up_at, state, variables)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', cast(? as jsonb))"
            + " on conflict (engine_epoch, job_key) do nothing")
        .params(id, incoming.ref().engineEpoch(), incoming.ref().jobKey(), incoming.processInstanceKey(),
            incoming.processId(), incoming.elementId(), name, incoming.businessKey(), incoming.formKey(),
            incoming.candidateGroups().toArray(String[]::new), incoming.assignee(), ts(now), ts(incoming.dueAt()),
            ts(incoming.followUpAt()), json.write(incoming.variables()))
        .update() == 1;
  }

  Optional<Task> findById(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from task where id = ?").param(id).query(this::map).optional();
  }

  Optional<Task> findByRef(TaskRef ref) {
    return jdbc.sql("select " + COLUMNS + " from task where engine_epoch = ? and job_key = ?")
        .params(ref.engineEpoch(), ref.jobKey())
        .query(this::map)
        .optional();
  }

  /** Open tasks offered to any of the groups or assigned to the user: overdue first, then priority, then due date. */
  List<Task> findOpenVisibleTo(String username, List<String> groups, Instant now) {
    return jdbc.sql("select " + COLUMNS + " from task where state = 'OPEN'"
            + " and (candidate_groups && cast(? as text[]) or assignee = ?)"
            + " order by (due_at is not null and due_at < ?) desc, coalesce((variables ->> 'priority')::boolean, false)"
            + " desc, due_at nulls last, created_at")
        .params(groups.toArray(String[]::new), username, ts(now))
        .query(this::map)
        .list();
  }

  /** The elements where open tasks of that process and any of these business keys wait, each once. */
  List<String> findOpenElements(String processId, List<String> businessKeys) {
    return jdbc.sql("select distinct element_id from task where state = 'OPEN' and process_id = ?"
            + " and business_key = any(?)")
        .params(processId, businessKeys.toArray(String[]::new))
        .query(String.class)
        .list();
  }

  List<Task> findByBusinessKey(String businessKey) {
    return jdbc.sql("select " + COLUMNS + " from task where business_key = ? order by created_at")
        .param(businessKey)
        .query(this::map)
        .list();
  }

  /** A submission stored for this step of the case under an earlier engine run and never delivered. */
  Optional<Task> findUndeliveredOfEarlierEngine(String businessKey, String elementId, String currentEpoch) {
    return jdbc.sql("select " + COLUMNS + " from task where business_key = ? and element_id = ? and state = 'SUBMITTED'"
            + " and engine_epoch <> ? order by submitted_at desc limit 1")
        .params(businessKey, elementId, currentEpoch)
        .query(this::map)
        .optional();
  }

  List<Task> findInState(TaskState state, int limit) {
    return jdbc.sql("select " + COLUMNS + " from task where state = ? order by created_at limit ?")
        .params(state.name(), limit)
        .query(this::map)
        .list();
  }

  /** How many times this step of this case was done before (submitted or completed), whatever the engine run. */
  int countDoneBefore(String businessKey, String elementId, Instant createdAt) {
    return jdbc.sql("select count(*) from task where business_key = ? and element_id = ?"
            + " and state in ('SUBMITTED', 'COMPLETED') and created_at < ?")
        .params(businessKey, elementId, ts(createdAt))
        .query(Integer.class)
        .single();
  }

  /** Open tasks offered to a group that this person took; tasks the process gave them by name are not claims. */
  List<Task> findOpenClaimedBy(String username) {
    return jdbc.sql("select " + COLUMNS + " from task where state = 'OPEN' and assignee = ?"
            + " and cardinality(candidate_groups) > 0 order by created_at")
        .param(username)
        .query(this::map)
        .list();
  }

  boolean assign(UUID id, int version, String assignee) {
    return jdbc.sql("update task set assignee = ?, version = version + 1"
            + " where id = ? and version = ? and state = 'OPEN'")
        .params(assignee, id, version)
        .update() == 1;
  }

  /** Stores the submission and takes the task out of the list in one step: the first one wins. */
  boolean markSubmitted(UUID id, int version, String username, Map<String, Object> submission, Instant now) {
    return jdbc.sql("update task set state = 'SUBMITTED', assignee = ?, submitted_by = ?, submitted_at = ?,"
            + " submission = cast(? as jsonb), delivery_started_at = now(), version = version + 1"
            + " where id = ? and version = ? and state = 'OPEN'")
        .params(username, username, ts(now), json.write(submission), id, version)
        .update() == 1;
  }

  boolean markCompleted(UUID id, Instant now) {
    return jdbc.sql("update task set state = 'COMPLETED', completed_at = ?, completion_attempts = completion_attempts + 1,"
            + " last_completion_error = null, version = version + 1 where id = ? and state = 'SUBMITTED'")
        .params(ts(now), id)
        .update() == 1;
  }

  /** A failed attempt ends the lease at once: the next retry may deliver it. */
  void recordFailedAttempt(UUID id, String error) {
    jdbc.sql("update task set completion_attempts = completion_attempts + 1, last_completion_error = ?,"
            + " delivery_started_at = null where id = ? and state = 'SUBMITTED'")
        .params(error, id)
        .update();
  }

  /**
   * Takes over stored submissions nobody is delivering: the last attempt failed or began longer than the
   * lease ago. Rows another node is taking over at the same moment are skipped, not waited for.
   */
  List<Task> takeOverUndelivered(Duration lease, int limit) {
    return jdbc.sql("update task set delivery_started_at = now(), version = version + 1 where id in ("
            + " select id from task where state = 'SUBMITTED'"
            + " and (delivery_started_at is null or delivery_started_at < now() - make_interval(secs => ?))"
            + " order by submitted_at limit ? for update skip locked) returning " + COLUMNS)
        .params(lease.toSeconds(), limit)
        .query(this::map)
        .list();
  }

  /** Withdraws the task as it was read: a task changed since (submitted, say) is left alone. */
  boolean markWithdrawn(Task task, String reason, Instant now) {
    return jdbc.sql("update task set state = 'WITHDRAWN', withdrawn_at = ?, withdrawn_reason = ?, version = version + 1"
            + " where id = ? and version = ? and state in ('OPEN', 'SUBMITTED')")
        .params(ts(now), reason, task.id(), task.version())
        .update() == 1;
  }

  private Task map(ResultSet rs, int rowNum) throws SQLException {
    return new Task(
        rs.getObject("id", UUID.class),
        rs.getString("engine_epoch"),
        rs.getLong("job_key"),
        rs.getLong("process_instance_key"),
        rs.getString("process_id"),
        rs.getString("element_id"),
        rs.getString("name"),
        rs.getString("business_key"),
        rs.getString("form_key"),
        strings(rs.getArray("candidate_groups")),
        rs.getString("assignee"),
        instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("due_at")),
        TaskState.valueOf(rs.getString("state")),
        variables(rs.getString("variables")),
        rs.getString("submitted_by"),
        instant(rs.getTimestamp("submitted_at")),
        variables(rs.getString("submission")),
        rs.getInt("completion_attempts"),
        rs.getString("withdrawn_reason"),
        rs.getInt("version"));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private Map<String, Object> variables(String column) {
    Map<String, Object> value = json.read(column, MAP);
    return value == null ? Map.of() : value;
  }
}
