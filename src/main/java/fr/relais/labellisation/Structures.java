package fr.relais.labellisation;

import com.fasterxml.jackson.core.type.TypeReference;
import fr.relais.database.JsonColumns;
import fr.relais.web.Countdown;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Structures on the labellisation path. A structure is saved whole, guarded by its version, so of two deliveries of
 * the same job racing each other one saves and the other fails and is retried; engine bookkeeping (instance, wait
 * element) is written by targeted updates only, so a save never undoes it.
 */
@Repository
class Structures {

  private static final String COLUMNS = "id, name, department_code, commune, status, label_number, labelled_at,"
      + " referential_version, kind, carrier, address, postal_code, email, phone, planned_opening, former_msap,"
      + " declaration, declaration_gaps, declaration_revision, checked_revision, proposed_by, created_at, auditor,"
      + " audit_round, audit_due_at, fast_track, failed_audits, upgrade_due_at, upgrade_recorded, failure_decision,"
      + " national_agreement, label_decision, decision_due_at, label_effective_date, closing_reason, proposal_reference, version";
  private static final TypeReference<List<DeclarationGap>> GAPS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonColumns json;

  Structures(JdbcClient jdbc, JsonColumns json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(Structure structure) {
    StructureProposal proposal = structure.proposal();
    jdbc.sql("insert into structure (id, name, department_code, commune, status, created_at, kind, carrier, address,"
            + " postal_code, email, phone, planned_opening, former_msap, declaration, referential_version,"
            + " proposed_by, proposal_reference) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?,"
            + " 'PRJ-' || ? || '-' || ? || '-' || lpad(nextval('structure_proposal_seq')::text, 5, '0'))")
        .params(structure.id(), proposal.name(), structure.departmentCode(), proposal.commune(),
            structure.status().name(), ts(structure.proposedAt()), proposal.declaration().kind().name(),
            proposal.carrier(), proposal.address(), proposal.postalCode(), proposal.email(), proposal.phone(),
            Date.valueOf(proposal.plannedOpening()), proposal.formerMsap(), json.write(proposal.declaration()),
            structure.referentialVersion(), structure.proposedBy(), structure.departmentCode(),
            structure.proposedAt().atZone(Countdown.PARIS).getYear())
        .update();
  }

  /** Saves every field a transition may change; a structure changed since it was read is not overwritten. */
  void save(Structure s) {
    StructureProposal p = s.proposal();
    int updated = jdbc.sql("update structure set name = ?, commune = ?, status = ?, kind = ?, carrier = ?,"
            + " address = ?, postal_code = ?, email = ?, phone = ?, planned_opening = ?, former_msap = ?,"
            + " declaration = cast(? as jsonb), declaration_gaps = cast(? as jsonb), declaration_revision = ?,"
            + " checked_revision = ?, auditor = ?, audit_round = ?, audit_due_at = ?, fast_track = ?,"
            + " failed_audits = ?, upgrade_due_at = ?, upgrade_recorded = ?, failure_decision = ?,"
            + " national_agreement = ?, label_decision = ?, decision_due_at = ?, label_effective_date = ?,"
            + " label_number = ?, labelled_at = ?, closing_reason = ?, version = version + 1"
            + " where id = ? and version = ?")
        .params(p.name(), p.commune(), s.status().name(),
            p.declaration() == null ? null : p.declaration().kind().name(), p.carrier(), p.address(),
            p.postalCode(), p.email(), p.phone(), date(p.plannedOpening()), p.formerMsap(),
            json.write(p.declaration()), json.write(s.gaps()), s.declarationRevision(), s.checkedRevision(),
            s.auditor(), s.auditRound(), ts(s.auditDueAt()), s.fastTrack(), s.failedAudits(), ts(s.upgradeDueAt()),
            s.upgradeRecorded(), s.failureDecision(), s.nationalAgreement(), s.labelDecision(),
            ts(s.decisionDueAt()), date(s.labelEffectiveDate()), s.labelNumber(), ts(s.labelledAt()),
            s.closingReason(), s.id(), s.version())
        .update();
    if (updated != 1) {
      throw new OptimisticLockingFailureException("structure " + s.id() + " changed since it was read");
    }
  }

  Optional<Structure> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from structure where id = ?")
        .param(id).query(this::map).optional();
  }

  /**
   * Structures of a department and/or a status, newest first; null filters nothing. Structures labelled before
   * Relais have no declaration: they are listed all the same.
   */
  List<Structure> search(String department, StructureStatus status, String auditedBy) {
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
    if (auditedBy != null) {
      where.append(" and (auditor = ? or exists (select 1 from structure_audit a where a.structure_id = structure.id"
          + " and a.auditor = ?))");
      params.add(auditedBy);
      params.add(auditedBy);
    }
    return jdbc.sql("select " + COLUMNS + " from structure" + where + " order by created_at desc, name limit 500")
        .params(params)
        .query(this::map)
        .list();
  }

  /** Whether the auditor audits or audited the structure: what lets them read its case. */
  boolean isAuditedBy(UUID id, String auditor) {
    return jdbc.sql("select exists (select 1 from structure where id = ? and auditor = ?)"
            + " or exists (select 1 from structure_audit where structure_id = ? and auditor = ?)")
        .params(id, auditor, id, auditor)
        .query(Boolean.class)
        .single();
  }

  String nextLabelNumber(String department, int year) {
    long next = jdbc.sql("select nextval('label_number_seq')").query(Long.class).single();
    return "FS-" + department + "-" + year + "-" + String.format("%05d", next);
  }

  boolean markStarted(UUID id, long processInstanceKey) {
    return jdbc.sql("update structure set process_instance_key = ? where id = ? and process_instance_key is null")
        .params(processInstanceKey, id)
        .update() == 1;
  }

  void waitAt(UUID id, String elementId) {
    jdbc.sql("update structure set wait_element = ? where id = ?").params(elementId, id).update();
  }

  Optional<String> waitElement(UUID id) {
    return jdbc.sql("select wait_element from structure where id = ?").param(id).query(String.class).optional();
  }

  List<UUID> notStartedBefore(Instant before) {
    return jdbc.sql("select id from structure where process_instance_key is null and proposed_by is not null"
            + " and status = 'PROPOSED' and created_at < ?")
        .param(ts(before))
        .query(UUID.class)
        .list();
  }

  private Structure map(ResultSet rs, int row) throws SQLException {
    Declaration declaration = json.read(rs.getString("declaration"), Declaration.class);
    StructureProposal proposal = new StructureProposal(rs.getString("name"), rs.getString("carrier"),
        rs.getString("address"), rs.getString("postal_code"), rs.getString("commune"), rs.getString("email"),
        rs.getString("phone"), localDate(rs.getDate("planned_opening")), rs.getBoolean("former_msap"), declaration);
    return new Structure(rs.getObject("id", UUID.class), rs.getString("department_code"),
        rs.getString("referential_version"), rs.getString("proposed_by"), instant(rs.getTimestamp("created_at")),
        proposal, StructureStatus.valueOf(rs.getString("status")), readGaps(rs.getString("declaration_gaps")),
        rs.getInt("declaration_revision"), rs.getInt("checked_revision"), rs.getString("auditor"),
        rs.getInt("audit_round"), instant(rs.getTimestamp("audit_due_at")), rs.getBoolean("fast_track"),
        rs.getInt("failed_audits"), instant(rs.getTimestamp("upgrade_due_at")), rs.getBoolean("upgrade_recorded"),
        rs.getString("failure_decision"), rs.getString("national_agreement"), rs.getString("label_decision"),
        instant(rs.getTimestamp("decision_due_at")), localDate(rs.getDate("label_effective_date")),
        rs.getString("label_number"), instant(rs.getTimestamp("labelled_at")), rs.getString("closing_reason"),
        rs.getString("proposal_reference"), rs.getInt("version"));
  }

  private List<DeclarationGap> readGaps(String text) {
    return text == null ? List.of() : json.read(text, GAPS);
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static Date date(LocalDate date) {
    return date == null ? null : Date.valueOf(date);
  }

  private static LocalDate localDate(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
