package fr.relais.history;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Appends to and reads the history of a case; entries are never updated or deleted. */
@Service
public class CaseHistory {

  /** The author of changes made by the engine's timers and workers rather than a person. */
  public static final String SYSTEM = "relais";
  private static final String SYSTEM_NAME = "Relais (étape automatique)";

  private final JdbcClient jdbc;
  private final Clock clock;

  CaseHistory(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void record(String caseType, UUID caseId, String by, String event, String detail) {
    jdbc.sql("insert into history_entry (case_type, case_id, at, by_user, event, detail) values (?, ?, ?, ?, ?, ?)")
        .params(caseType, caseId, Timestamp.from(clock.instant()), by, event, detail)
        .update();
  }

  public List<HistoryEntry> of(String caseType, UUID caseId) {
    // People are shown by name; the engine's own steps, and accounts since removed, by what was recorded.
    return jdbc.sql("select h.at, h.by_user, coalesce(u.display_name, case when h.by_user = ? then ? else h.by_user end)"
            + " as by_name, h.event, h.detail from history_entry h left join app_user u on u.username = h.by_user"
            + " where h.case_type = ? and h.case_id = ? order by h.at, h.id")
        .params(SYSTEM, SYSTEM_NAME, caseType, caseId)
        .query((rs, rowNum) -> new HistoryEntry(rs.getTimestamp("at").toInstant(), rs.getString("by_user"),
            rs.getString("by_name"), rs.getString("event"), HistoryEvents.label(rs.getString("event")),
            rs.getString("detail")))
        .list();
  }
}
