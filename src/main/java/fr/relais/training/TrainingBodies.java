package fr.relais.training;

import fr.relais.forms.FormOption;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bodies that train agents (CNFPT, the partners' training body), as the session form offers them. */
@Repository
class TrainingBodies {

  private final JdbcClient jdbc;

  TrainingBodies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<FormOption> options() {
    return jdbc.sql("select code, name from training_body order by name")
        .query((rs, row) -> new FormOption(rs.getString("code"), rs.getString("name")))
        .list();
  }
}
