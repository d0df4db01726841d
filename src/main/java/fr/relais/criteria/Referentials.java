package fr.relais.criteria;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The published versions of the criteria référentiel. */
@Repository
public class Referentials {

  private final JdbcClient jdbc;

  Referentials(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The version new cases start with: the latest published. */
  public Referential current() {
    String version = jdbc.sql("select version from referential order by published_at desc limit 1")
        .query(String.class).optional()
        .orElseThrow(() -> new IllegalStateException("no criteria référentiel is published"));
    return version(version).orElseThrow();
  }

  public Optional<Referential> version(String version) {
    return jdbc.sql("select version, title, published_at from referential where version = ?")
        .param(version)
        .query((rs, row) -> new Referential(rs.getString("version"), rs.getString("title"),
            rs.getTimestamp("published_at").toInstant(), criteria(version), operators(version)))
        .optional();
  }

  private List<Criterion> criteria(String version) {
    return jdbc.sql("select code, label, requirement, category, verifications, measure, minimum"
            + " from referential_criterion where referential_version = ? order by position")
        .param(version)
        .query(this::criterion)
        .list();
  }

  private Set<String> operators(String version) {
    return new HashSet<>(jdbc.sql("select operator_code from referential_operator where referential_version = ?")
        .param(version).query(String.class).list());
  }

  private Criterion criterion(ResultSet rs, int row) throws SQLException {
    String measure = rs.getString("measure");
    return new Criterion(rs.getString("code"), rs.getString("label"), rs.getString("requirement"),
        rs.getString("category"), verifications(rs.getArray("verifications")),
        measure == null ? null : Measure.valueOf(measure), rs.getBigDecimal("minimum"));
  }

  private static List<Verification> verifications(Array array) throws SQLException {
    return Arrays.stream((String[]) array.getArray()).map(Verification::valueOf).toList();
  }
}
