package fr.relais.criteria;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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

  /** Newest first; the version tie-break keeps "current" stable should two versions share an instant. */
  private static final String NEWEST_FIRST = " order by published_at desc, version desc";

  private final JdbcClient jdbc;

  Referentials(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The version new cases start with: the latest published. */
  public Referential current() {
    String version = jdbc.sql("select version from referential" + NEWEST_FIRST + " limit 1")
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

  boolean exists(String version) {
    return jdbc.sql("select count(*) from referential where version = ?").param(version).query(Integer.class)
        .single() > 0;
  }

  /** Every published version, newest (the current one) first. */
  List<ReferentialSummary> summaries() {
    return jdbc.sql("select version, title, published_at, published_by,"
            + " (select count(*) from referential_criterion c where c.referential_version = r.version) as criteria"
            + " from referential r" + NEWEST_FIRST)
        .query((rs, row) -> new ReferentialSummary(rs.getString("version"), rs.getString("title"),
            rs.getTimestamp("published_at").toInstant(), rs.getString("published_by"), rs.getInt("criteria"), row == 0))
        .list();
  }

  /** The mandatory operators in the order the operator table gives them, for people to read. */
  List<String> mandatoryOperatorsInOrder(String version) {
    return jdbc.sql("select ro.operator_code from referential_operator ro join operator o on o.code = ro.operator_code"
            + " where ro.referential_version = ? order by o.sort_order, o.code")
        .param(version).query(String.class).list();
  }

  /** Stores a whole version, criteria in the given order; the caller's transaction makes it all or nothing. */
  void insert(Referential referential, String publishedBy) {
    jdbc.sql("insert into referential (version, title, published_at, published_by) values (?, ?, ?, ?)")
        .params(referential.version(), referential.title(), Timestamp.from(referential.publishedAt()), publishedBy)
        .update();
    int position = 0;
    for (Criterion criterion : referential.criteria()) {
      jdbc.sql("insert into referential_criterion (referential_version, code, position, label, requirement, category,"
              + " verifications, measure, minimum) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(referential.version(), criterion.code(), ++position, criterion.label(), criterion.requirement(),
              criterion.category(), criterion.verifications().stream().map(Enum::name).toArray(String[]::new),
              criterion.measure() == null ? null : criterion.measure().name(), criterion.minimum())
          .update();
    }
    for (String operator : referential.mandatoryOperators()) {
      jdbc.sql("insert into referential_operator (referential_version, operator_code) values (?, ?)")
          .params(referential.version(), operator)
          .update();
    }
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
