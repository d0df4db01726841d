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
    return jdbc.sql("select at, by_user, event, detail from history_entry"
            + " where case_type = ? and case_id = ? order by at, id")
        .params(caseType, caseId)
        .query((rs, rowNum) -> new HistoryEntry(
            rs.getTimestamp("at").toInstant(), rs.getString("by_user"), rs.getString("event"), rs.getString("detail")))
        .list();
  }
}
