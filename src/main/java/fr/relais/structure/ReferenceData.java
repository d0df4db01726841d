package fr.relais.structure;

import fr.relais.forms.FormOption;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read access to departments, operators and structures. */
@Service
public class ReferenceData {

  private final JdbcClient jdbc;

  ReferenceData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Operator> activeOperators() {
    return jdbc.sql("select code, name from operator where active order by sort_order")
        .query((rs, rowNum) -> new Operator(rs.getString("code"), rs.getString("name")))
        .list();
  }

  /** The active operators as a form's option list ({@code valuesKey: "operators"}). */
  public List<FormOption> operatorOptions() {
    return activeOperators().stream().map(operator -> new FormOption(operator.code(), operator.name())).toList();
  }

  public Optional<Operator> activeOperator(String code) {
    return activeOperators().stream().filter(operator -> operator.code().equals(code)).findFirst();
  }

  public String operatorName(String code) {
    return jdbc.sql("select name from operator where code = ?").param(code).query(String.class).optional().orElse(code);
  }

  public List<Department> departments() {
    return jdbc.sql("select code, name from department order by code")
        .query((rs, rowNum) -> new Department(rs.getString("code"), rs.getString("name")))
        .list();
  }

  /** The bodies that train agents (CNFPT, the partners' training body), as forms offer them. */
  public List<FormOption> trainingBodyOptions() {
    return jdbc.sql("select code, name from training_body order by name")
        .query((rs, row) -> new FormOption(rs.getString("code"), rs.getString("name")))
        .list();
  }

  /** The departments as a form's option list ({@code valuesKey: "departments"}). */
  public List<FormOption> departmentOptions() {
    return departments().stream().map(d -> new FormOption(d.code(), d.code() + " — " + d.name())).toList();
  }

  public Optional<StructureSummary> structure(UUID id) {
    return jdbc.sql("select id, name, department_code, commune, status from structure where id = ?")
        .param(id)
        .query((rs, rowNum) -> new StructureSummary(rs.getObject("id", UUID.class), rs.getString("name"),
            rs.getString("department_code"), rs.getString("commune"), rs.getString("status")))
        .optional();
  }
}
