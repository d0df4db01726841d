package fr.relais.referral;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class RoutingGaps {

  private final JdbcClient jdbc;

  RoutingGaps(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<RoutingGap> find(Optional<String> department) {
    return jdbc.sql("select referral_id, operator_code, department_code, detected_at from routing_gap"
            + " where cast(? as varchar) is null or department_code = ? order by detected_at desc limit 200")
        .params(department.orElse(null), department.orElse(null))
        .query((rs, rowNum) -> new RoutingGap(rs.getObject("referral_id", UUID.class), rs.getString("operator_code"),
            rs.getString("department_code"), rs.getTimestamp("detected_at").toInstant()))
        .list();
  }
}
