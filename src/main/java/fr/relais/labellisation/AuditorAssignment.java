package fr.relais.labellisation;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Picks the auditor of an audit round: the active auditor covering the department with the fewest audits open,
 * then by name so the choice is reproducible. Without one covering the department, the least-loaded auditor of
 * the whole country, so a structure never waits for a coverage table to be filled in.
 */
@Component
class AuditorAssignment {

  private static final String LEAST_LOADED = "select u.username from app_user u"
      + " left join structure s on s.auditor = u.username and s.status = 'AUDIT_PENDING'"
      + " where u.role = 'AUDITOR' and u.active %s"
      + " group by u.username order by count(s.id), u.username limit 1";

  private final JdbcClient jdbc;

  AuditorAssignment(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<String> coveringDepartment(String department) {
    return jdbc.sql(LEAST_LOADED.formatted("and exists (select 1 from auditor_department d"
            + " where d.username = u.username and d.department_code = ?)"))
        .param(department).query(String.class).optional();
  }

  Optional<String> anywhere() {
    return jdbc.sql(LEAST_LOADED.formatted("")).query(String.class).optional();
  }
}
