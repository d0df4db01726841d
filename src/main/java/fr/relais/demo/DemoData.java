package fr.relais.demo;

import fr.relais.quality.QualityEnrolment;
import fr.relais.security.RelaisUser;
import fr.relais.security.Role;
import fr.relais.security.UserAccounts;
import fr.relais.structure.Operator;
import fr.relais.structure.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the pilot departments of the 2019 experiment with labelled structures and one user per role
 * (password {@code demo}). Only in embedded mode: a real deployment never gets demo accounts.
 * Idempotent, so the kept embedded database is not seeded twice.
 */
@Component
@ConditionalOnProperty(name = "relais.demo", havingValue = "true")
class DemoData implements ApplicationRunner {

  static final String PASSWORD = "demo";
  static final String EMAIL_DOMAIN = "relais.test";

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  /** Two labelled structures per pilot department; the first one's agent is {@code agent-<dept>}. */
  private static final List<DemoStructure> STRUCTURES = List.of(
      new DemoStructure("08", "France Services de Rethel", "Rethel"),
      new DemoStructure("08", "France Services de Sedan", "Sedan"),
      new DemoStructure("14", "France Services de Vire Normandie", "Vire Normandie"),
      new DemoStructure("14", "France Services de Falaise", "Falaise"),
      new DemoStructure("65", "France Services de Lannemezan", "Lannemezan"),
      new DemoStructure("65", "France Services de Bagnères-de-Bigorre", "Bagnères-de-Bigorre"),
      new DemoStructure("35", "France Services de Redon", "Redon"),
      new DemoStructure("35", "France Services de Fougères", "Fougères"),
      new DemoStructure("84", "France Services de Valréas", "Valréas"),
      new DemoStructure("84", "France Services de Pertuis", "Pertuis"),
      new DemoStructure("85", "France Services de Fontenay-le-Comte", "Fontenay-le-Comte"),
      new DemoStructure("85", "France Services de Challans", "Challans"));

  static final List<String> PILOT_DEPARTMENTS = List.of("08", "14", "65", "35", "84", "85");

  private final JdbcClient jdbc;
  private final UserAccounts users;
  private final ReferenceData referenceData;
  private final QualityEnrolment quality;
  private final Clock clock;

  DemoData(JdbcClient jdbc, UserAccounts users, ReferenceData referenceData, QualityEnrolment quality, Clock clock) {
    this.jdbc = jdbc;
    this.users = users;
    this.referenceData = referenceData;
    this.quality = quality;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    // One hash for every demo account: hashing ~170 passwords one by one would add seconds to start-up.
    String hash = users.hash(PASSWORD);
    int created = 0;
    created += account(hash, "admin", "Administration Relais", Role.ADMIN, null, null, null);
    created += account(hash, "anct", "ANCT — programme France Services", Role.ANCT, null, null, null);
    created += account(hash, "auditor", "Auditeur", Role.AUDITOR, null, null, null);
    created += account(hash, "auditor2", "Seconde auditrice (Ille-et-Vilaine, Calvados)", Role.AUDITOR, null, null,
        null);
    PILOT_DEPARTMENTS.forEach(department -> cover("auditor", department));
    List.of("35", "14").forEach(department -> cover("auditor2", department));
    created += account(hash, "visitor", "Visiteur mystère", Role.VISITOR, null, null, null);
    created += trainer(hash, "trainer", "Formateur CNFPT", "CNFPT");
    created += trainer(hash, "trainer2", "Formatrice Institut 4.10 (socle métiers)", "INSTITUT_4_10");
    List<Operator> operators = referenceData.activeOperators();
    for (Operator operator : operators) {
      created += account(hash, "escalation-" + slug(operator.code()), "Pôle d'escalade " + operator.name(),
          Role.ESCALATION, null, operator.code(), null);
    }
    for (String department : PILOT_DEPARTMENTS) {
      created += account(hash, "prefect-" + department, "Préfecture " + department, Role.PREFECT, department, null, null);
      UUID firstStructure = null;
      for (DemoStructure structure : STRUCTURES) {
        if (structure.department().equals(department)) {
          UUID id = structure(structure);
          firstStructure = firstStructure == null ? id : firstStructure;
        }
      }
      created += account(hash, "agent-" + department, "Conseiller France services " + department, Role.AGENT,
          null, null, firstStructure);
      for (Operator operator : operators) {
        String slug = slug(operator.code());
        created += account(hash, "referent-" + slug + "-" + department,
            "Référent " + operator.name() + " " + department, Role.REFERENT, department, operator.code(), null);
        created += account(hash, "referent2-" + slug + "-" + department,
            "Second référent " + operator.name() + " " + department, Role.REFERENT, department, operator.code(), null);
      }
    }
    if (created > 0) {
      LOG.info("Demo data: {} accounts created (password '{}')", created, PASSWORD);
    }
  }

  /** Every demo account is reached at its username in a reserved domain; the embedded mailbox receives them all. */
  static String email(String username) {
    return username + "@" + EMAIL_DOMAIN;
  }

  /** Operator code as it appears in a username: lower case, '-' for '_' (FRANCE_TRAVAIL → france-travail). */
  static String slug(String operatorCode) {
    return operatorCode.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private void cover(String auditor, String department) {
    jdbc.sql("insert into auditor_department (username, department_code) values (?, ?) on conflict do nothing")
        .params(auditor, department)
        .update();
  }

  private UUID structure(DemoStructure structure) {
    // A name-based id keeps the structure (and its agent's scope) stable across restarts.
    UUID id = UUID.nameUUIDFromBytes(("demo-structure:" + structure.name()).getBytes(StandardCharsets.UTF_8));
    jdbc.sql("insert into structure (id, name, department_code, commune, status, label_number, labelled_at, created_at)"
            + " values (?, ?, ?, ?, 'LABELLED', ?, ?, ?) on conflict (id) do nothing")
        .params(id, structure.name(), structure.department(), structure.commune(),
            "FS-" + structure.department() + "-" + id.toString().substring(0, 6).toUpperCase(Locale.ROOT),
            Timestamp.from(clock.instant()), Timestamp.from(clock.instant()))
        .update();
    // Labelled structures are in quality control: the first monthly campaign has something to draw.
    quality.enrol(id, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), clock.instant());
    return id;
  }

  private int account(String hash, String username, String name, Role role, String department, String operator,
      UUID structureId) {
    return users.createIfAbsent(new RelaisUser(username, name, email(username), role, department, operator,
        structureId, null), hash)
        ? 1 : 0;
  }

  private int trainer(String hash, String username, String name, String trainingBody) {
    return users.createIfAbsent(new RelaisUser(username, name, email(username), Role.TRAINER, null, null, null,
        trainingBody), hash)
        ? 1 : 0;
  }

  private record DemoStructure(String department, String name, String commune) {}
}
