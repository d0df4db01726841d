package fr.relais.tasks;

import com.fasterxml.jackson.core.type.TypeReference;
import fr.relais.database.JsonColumns;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Drafts of task forms, one per case, step and person; the latest save wins. */
@Repository
class TaskDrafts {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonColumns json;

  TaskDrafts(JdbcClient jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Stores the draft unless it is larger than {@code maxBytes} once written; returns whether it was stored. */
  boolean save(Task task, String username, Map<String, Object> fields, int maxBytes, Instant now) {
    String written = json.write(fields);
    if (written.length() > maxBytes) {
      return false;
    }
    jdbc.sql("insert into task_draft (business_key, element_id, username, fields, saved_at)"
            + " values (?, ?, ?, cast(? as jsonb), ?) on conflict (business_key, element_id, username)"
            + " do update set fields = excluded.fields, saved_at = excluded.saved_at")
        .params(task.businessKey(), task.elementId(), username, written, Timestamp.from(now))
        .update();
    return true;
  }

  Optional<TaskDraft> find(Task task, String username) {
    return jdbc.sql("select fields, saved_at from task_draft where business_key = ? and element_id = ? and username = ?")
        .params(task.businessKey(), task.elementId(), username)
        .query((rs, row) ->
            new TaskDraft(json.read(rs.getString("fields"), MAP), rs.getTimestamp("saved_at").toInstant()))
        .optional();
  }

  void delete(Task task, String username) {
    jdbc.sql("delete from task_draft where business_key = ? and element_id = ? and username = ?")
        .params(task.businessKey(), task.elementId(), username)
        .update();
  }
}
