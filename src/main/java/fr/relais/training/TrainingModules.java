package fr.relais.training;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The modules of the initial training, as data: the programme grew from 5.5 to 11.5 days and may again. */
@Repository
class TrainingModules {

  private final JdbcClient jdbc;

  TrainingModules(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<TrainingModule> required() {
    return jdbc.sql("select code, title, provider, mode, duration_days from training_module where required"
            + " order by position")
        .query((rs, row) -> new TrainingModule(rs.getString("code"), rs.getString("title"), rs.getString("provider"),
            rs.getString("mode"), rs.getBigDecimal("duration_days")))
        .list();
  }

  Optional<TrainingModule> find(String code) {
    return required().stream().filter(module -> module.code().equals(code)).findFirst();
  }
}
