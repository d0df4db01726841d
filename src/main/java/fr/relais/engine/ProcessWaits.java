package fr.relais.engine;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the embedded engine would forget when Relais stops: where its process instances wait, and how far the dev
 * clock moved its time (see V011__create_process_wait.sql).
 */
@Repository
class ProcessWaits {

  private final JdbcClient jdbc;

  ProcessWaits(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void save(ProcessWait wait, Instant now) {
    jdbc.sql("insert into process_wait (engine_epoch, process_instance_key, process_id, business_key, elements,"
            + " variables, updated_at) values (?, ?, ?, ?, ?, cast(? as jsonb), ?)"
            + " on conflict (engine_epoch, process_instance_key) do update set elements = excluded.elements,"
            + " variables = excluded.variables, business_key = excluded.business_key, updated_at = excluded.updated_at")
        .params(wait.epoch(), wait.processInstanceKey(), wait.processId(), wait.businessKey(),
            wait.elements().toArray(String[]::new), wait.variables(), Timestamp.from(now))
        .update();
  }

  void saveAll(List<ProcessWait> waits, Instant now) {
    waits.forEach(wait -> save(wait, now));
  }

  void deleteAll(String epoch, List<Long> processInstanceKeys) {
    if (!processInstanceKeys.isEmpty()) {
      jdbc.sql("delete from process_wait where engine_epoch = ? and process_instance_key = any(?)")
          .params(epoch, processInstanceKeys.toArray(Long[]::new))
          .update();
    }
  }

  void delete(String epoch, long processInstanceKey) {
    jdbc.sql("delete from process_wait where engine_epoch = ? and process_instance_key = ?")
        .params(epoch, processInstanceKey)
        .update();
  }

  /** Instances an earlier run of the embedded engine held when it stopped: the current engine has never seen them. */
  List<ProcessWait> ofEarlierEngines(String currentEpoch) {
    return jdbc.sql("select engine_epoch, process_instance_key, process_id, business_key, elements, variables::text"
            + " as variables from process_wait where engine_epoch <> ? order by updated_at")
        .param(currentEpoch)
        .query((rs, row) -> new ProcessWait(rs.getString("engine_epoch"), rs.getLong("process_instance_key"),
            rs.getString("process_id"), rs.getString("business_key"),
            Arrays.asList((String[]) rs.getArray("elements").getArray()), rs.getString("variables")))
        .list();
  }

  /** The elements the instances of that process and any of these business keys wait at under this run, each once. */
  List<String> elementsOf(String epoch, String processId, List<String> businessKeys) {
    return jdbc.sql("select distinct unnest(elements) from process_wait where engine_epoch = ? and process_id = ?"
            + " and business_key = any(?)")
        .params(epoch, processId, businessKeys.toArray(String[]::new))
        .query(String.class)
        .list();
  }

  void saveClockOffset(Duration offset) {
    jdbc.sql("insert into engine_clock (id, offset_millis) values (1, ?)"
            + " on conflict (id) do update set offset_millis = excluded.offset_millis")
        .param(offset.toMillis())
        .update();
  }

  Duration clockOffset() {
    return jdbc.sql("select offset_millis from engine_clock where id = 1").query(Long.class).optional()
        .map(Duration::ofMillis).orElse(Duration.ZERO);
  }

  /**
   * One process instance as the journal keeps it.
   *
   * @param elements the ids of the elements it waits at (tasks, catch events), where it is started again
   * @param variables its process-level variables as one JSON object
   */
  record ProcessWait(String epoch, long processInstanceKey, String processId, String businessKey,
      List<String> elements, String variables) {}
}
