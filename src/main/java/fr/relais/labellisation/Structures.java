package fr.relais.labellisation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Structures on the labellisation path; every change is a targeted update guarded by the expected status. */
@Repository
class Structures {

  private static final String COLUMNS = "id, name, department_code, commune, status, label_number, labelled_at,"
      + " referential_version, carrier, address, postal_code, planned_opening, former_msap, declaration,"
      + " declaration_gaps, proposed_by, process_instance_key";
  private static final TypeReference<List<DeclarationGap>> GAPS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  Structures(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insertProposed(UUID id, StructureProposal proposal, String department, String referentialVersion,
      String proposedBy, Instant now) {
    jdbc.sql("insert into structure (id, name, department_code, commune, status, created_at, kind, carrier, address,"
            + " postal_code, planned_opening, former_msap, declaration, referential_version, proposed_by)"
            + " values (?, ?, ?, ?, 'PROPOSED', ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)")
        .params(id, proposal.name(), department, proposal.commune(), Timestamp.from(now),
            proposal.declaration().kind().name(), proposal.carrier(), proposal.address(), proposal.postalCode(),
            Date.valueOf(proposal.plannedOpening()), proposal.formerMsap(), write(proposal.declaration()),
            referentialVersion, proposedBy)
        .update();
  }

  Optional<StructureCase> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from structure where id = ?").param(id).query(this::map).optional();
  }

  /** Structures of a department and/or a status, newest first; a null filter is no filter. */
  List<StructureCase> search(String department, StructureStatus status) {
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder(" where true");
    if (department != null) {
      where.append(" and department_code = ?");
      params.add(department);
    }
    if (status != null) {
      where.append(" and status = ?");
      params.add(status.name());
    }
    return jdbc.sql("select " + COLUMNS + " from structure" + where + " order by created_at desc, name limit 500")
        .params(params)
        .query(this::map)
        .list();
  }

  boolean markStarted(UUID id, long processInstanceKey) {
    return jdbc.sql("update structure set process_instance_key = ?, version = version + 1"
            + " where id = ? and process_instance_key is null")
        .params(processInstanceKey, id)
        .update() == 1;
  }

  /** Records a declaration check's verdict; a structure past the check is left as it is. */
  boolean recordCheck(UUID id, List<DeclarationGap> gaps, StructureStatus verdict) {
    return jdbc.sql("update structure set declaration_gaps = cast(? as jsonb), status = ?, version = version + 1"
            + " where id = ? and status in ('PROPOSED', 'DECLARATION_INCOMPLETE')")
        .params(write(gaps), verdict.name(), id)
        .update() == 1;
  }

  List<UUID> notStartedBefore(Instant before) {
    return jdbc.sql("select id from structure where process_instance_key is null and proposed_by is not null"
            + " and status = 'PROPOSED' and created_at < ?")
        .param(Timestamp.from(before))
        .query(UUID.class)
        .list();
  }

  private StructureCase map(ResultSet rs, int row) throws SQLException {
    Timestamp labelledAt = rs.getTimestamp("labelled_at");
    Date plannedOpening = rs.getDate("planned_opening");
    return new StructureCase(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("department_code"),
        rs.getString("commune"), StructureStatus.valueOf(rs.getString("status")), rs.getString("label_number"),
        labelledAt == null ? null : labelledAt.toInstant(), rs.getString("referential_version"),
        rs.getString("carrier"), rs.getString("address"), rs.getString("postal_code"),
        plannedOpening == null ? null : plannedOpening.toLocalDate(), rs.getBoolean("former_msap"),
        read(rs.getString("declaration"), Declaration.class), readGaps(rs.getString("declaration_gaps")),
        rs.getString("proposed_by"), rs.getObject("process_instance_key", Long.class));
  }

  private <T> T read(String text, Class<T> type) {
    try {
      return text == null ? null : json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable", e);
    }
  }

  private List<DeclarationGap> readGaps(String text) {
    try {
      return text == null ? List.of() : json.readValue(text, GAPS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored declaration gaps are not readable", e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
