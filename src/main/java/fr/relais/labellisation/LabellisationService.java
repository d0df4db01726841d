package fr.relais.labellisation;

import fr.relais.criteria.Referential;
import fr.relais.criteria.Referentials;
import fr.relais.history.CaseHistory;
import fr.relais.history.CaseReference;
import fr.relais.notification.Notifications;
import fr.relais.security.CandidateGroups;
import fr.relais.security.UserAccounts;
import fr.relais.structure.ReferenceData;
import fr.relais.web.Countdown;
import fr.relais.web.NotFoundException;
import fr.relais.web.PublicLinks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a structure's labellisation, for the workers and for the people's decisions. Worker-facing methods
 * are idempotent: a redelivered job finds the transition made and answers what it answered the first time.
 */
@Service
public class LabellisationService {

  /** When a postponed decision comes back to the prefect: the morning of the chosen day, Paris time. */
  private static final LocalTime DECISION_COMES_BACK_AT = LocalTime.of(9, 0);

  private final Structures structures;
  private final Audits audits;
  private final AuditorAssignment auditors;
  private final Referentials referentials;
  private final ReferenceData referenceData;
  private final CaseHistory history;
  private final Notifications notifications;
  private final LabellisationProperties properties;
  private final PublicLinks links;
  private final UserAccounts users;
  private final Clock clock;

  LabellisationService(Structures structures, Audits audits, AuditorAssignment auditors, Referentials referentials,
      ReferenceData referenceData, CaseHistory history, Notifications notifications,
      LabellisationProperties properties, PublicLinks links, UserAccounts users, Clock clock) {
    this.structures = structures;
    this.audits = audits;
    this.auditors = auditors;
    this.referentials = referentials;
    this.referenceData = referenceData;
    this.history = history;
    this.notifications = notifications;
    this.properties = properties;
    this.links = links;
    this.users = users;
    this.clock = clock;
  }

  /** Checks the latest declaration against its référentiel version; true when nothing checkable is missing. */
  @Transactional
  public boolean checkDeclaration(UUID id) {
    Structure structure = load(id);
    Referential referential = referentials.version(structure.referentialVersion()).orElseThrow();
    List<DeclarationGap> gaps = DeclarationCheck.gaps(referential, structure.declaration(),
        referenceData::operatorName);
    if (structure.recordDeclarationCheck(gaps)) {
      structures.save(structure);
      record(id, CaseHistory.SYSTEM, "DECLARATION_CHECKED", gaps.isEmpty()
          ? "Déclaration complète au regard des critères vérifiables : audit sur site à programmer."
          : gaps.size() + " critère(s) non satisfait(s) : "
              + String.join(" ; ", gaps.stream().map(DeclarationGap::message).toList()));
    }
    return structure.gaps().isEmpty();
  }

  /** The prefect's completed declaration, recorded when they submit it; the check that follows judges it. */
  @Transactional
  public void reviseDeclaration(UUID id, StructureProposal revised, String prefect) {
    Structure structure = load(id);
    if (structure.reviseDeclaration(revised)) {
      structures.save(structure);
      record(id, prefect, "DECLARATION_REVISED", "Déclaration complétée par la préfecture.");
    }
  }

  /** Assigns the first audit to the least-loaded auditor covering the department, with a due date. */
  @Transactional
  public Assignment assignAuditor(UUID id) {
    Structure structure = load(id);
    if (structure.hasOpenAuditRound()) {
      return Assignment.of(structure);
    }
    if (structure.assignAuditor(pickAuditor(structure), dueIn(properties.auditWithin()))) {
      structures.save(structure);
      record(id, CaseHistory.SYSTEM, "AUDITOR_ASSIGNED", "Audit sur site confié à " + users.displayNameOf(structure.auditor())
          + ", à réaliser avant le " + Countdown.format(structure.auditDueAt()) + ".");
    }
    return Assignment.of(structure);
  }

  /** The fast-track re-audit once the upgrade is recorded: priority, and a shorter due date. */
  @Transactional
  public Assignment scheduleReaudit(UUID id) {
    Structure structure = load(id);
    if (structure.hasOpenAuditRound()) {
      return Assignment.of(structure);
    }
    if (structure.scheduleReaudit(pickAuditor(structure), dueIn(properties.reauditWithin()))) {
      structures.save(structure);
      record(id, CaseHistory.SYSTEM, "REAUDIT_SCHEDULED", "Contre-visite prioritaire confiée à "
          + users.displayNameOf(structure.auditor())
          + ", à réaliser avant le " + Countdown.format(structure.auditDueAt()) + ".");
    }
    return Assignment.of(structure);
  }

  private String pickAuditor(Structure structure) {
    return auditors.coveringDepartment(structure.departmentCode())
        .or(auditors::anywhere)
        .orElseThrow(() -> new IllegalStateException("no active auditor: an administrator must create one"));
  }

  /** The auditor's checklist, recorded when they submit it; the round it belongs to is the one open. */
  @Transactional
  public void recordAudit(UUID id, LocalDate visitDate, List<CriterionResult> results, String remarks,
      String auditor) {
    Structure structure = load(id);
    Audit audit = new Audit(id, structure.auditRound(), structure.referentialVersion(), auditor,
        structure.fastTrack(), structure.auditDueAt(), visitDate, results, remarks, auditor, clock.instant(), null);
    if (structure.status() == StructureStatus.AUDIT_PENDING && audits.record(audit)) {
      record(id, auditor, "AUDIT_SUBMITTED", "Audit sur site du " + visitDate.format(LabellisationTexts.DATE) + " transmis ("
          + audit.nonCompliant().size() + " critère(s) non conforme(s)).");
    }
  }

  /** Scores the open round: conclusive only when every applicable criterion is compliant. */
  @Transactional
  public Score scoreAudit(UUID id) {
    Structure structure = load(id);
    Audit audit = audits.find(id, structure.auditRound())
        .orElseThrow(() -> new IllegalStateException("structure " + id + ": no audit recorded for round "
            + structure.auditRound()));
    boolean conclusive = audit.findsEveryApplicableCriterionCompliant();
    if (structure.score(conclusive)) {
      structures.save(structure);
      audits.markScored(id, audit.round(), conclusive, clock.instant());
      if (conclusive) {
        record(id, CaseHistory.SYSTEM, "AUDIT_CONCLUSIVE", "Audit concluant : avis préalable de l'ANCT demandé.");
      } else {
        record(id, CaseHistory.SYSTEM, "AUDIT_NOT_CONCLUSIVE", "Audit non concluant ("
            + structure.failedAudits() + "e échec) : " + LabellisationTexts.nonCompliant(audit) + ".");
        notifyRemarks(structure, audit);
      }
    }
    return new Score(conclusive, structure.failedAudits() >= properties.failedAuditsBeforeDecision());
  }

  /** The auditor's remarks go to the prefect and to the structure as soon as the audit fails. */
  private void notifyRemarks(Structure structure, Audit audit) {
    tellPrefectAndStructure(structure, "audit-remarks:" + audit.round(), "Audit non concluant : " + structure.name(),
        "L'audit sur site n'est pas concluant. Critères non conformes : " + LabellisationTexts.nonCompliant(audit) + "."
            + (audit.remarks() == null ? "" : "\nRemarques de l'auditeur : " + audit.remarks()));
  }

  /**
   * The prefect's accounts and the structure's contact address (it has no account before its label), each told
   * once under a key of the structure and the event.
   */
  private void tellPrefectAndStructure(Structure structure, String event, String subject, String what) {
    String body = "Bonjour,\n\n" + what + "\n\nStructure : " + structure.name() + " (département "
        + structure.departmentCode() + "), dossier " + CaseReference.of(structure.id())
        + "\nSuivi du dossier dans Relais : " + links.to("/structures/" + structure.id());
    String key = structure.id() + ":" + event;
    notifications.enqueue(key + ":prefect", CandidateGroups.prefect(structure.departmentCode()), subject, body);
    notifications.enqueueEmail(key + ":structure", structure.proposal().email(), subject, body);
  }

  /** Starts, or after an extension restarts, the time the structure has for its upgrade. */
  @Transactional
  public Instant requestUpgrade(UUID id) {
    Structure structure = load(id);
    if (structure.requestUpgrade(dueIn(properties.upgradeWithin()))) {
      structures.save(structure);
      record(id, CaseHistory.SYSTEM, "UPGRADE_REQUESTED", "Mise à niveau demandée avant le "
          + Countdown.format(structure.upgradeDueAt()) + ", suivie d'une contre-visite prioritaire.");
    }
    return structure.upgradeDueAt();
  }

  @Transactional
  public void recordUpgrade(UUID id, String corrections, String prefect) {
    Structure structure = load(id);
    if (structure.recordUpgrade()) {
      structures.save(structure);
      record(id, prefect, "UPGRADE_RECORDED", "Mise à niveau enregistrée : " + corrections);
    }
  }

  @Transactional
  public void decideAfterFailure(UUID id, String decision, String reason, String prefect) {
    Structure structure = load(id);
    if (structure.decideAfterFailure(decision, reason)) {
      structures.save(structure);
      record(id, prefect, LabellisationProcess.EXTEND.equals(decision) ? "UPGRADE_EXTENDED" : "ABANDON_DECIDED",
          (LabellisationProcess.EXTEND.equals(decision) ? "Mise à niveau prolongée : " : "Abandon du projet : ")
              + reason);
    }
  }

  @Transactional
  public void abandon(UUID id) {
    Structure structure = load(id);
    if (structure.abandon()) {
      structures.save(structure);
      structures.waitAt(id, null);
      record(id, CaseHistory.SYSTEM, "ABANDONED", "Projet abandonné : " + structure.closingReason());
    }
  }

  @Transactional
  public void recordNationalAgreement(UUID id, String agreement, String reason, String by) {
    Structure structure = load(id);
    if (structure.recordNationalAgreement(agreement, reason)) {
      structures.save(structure);
      record(id, by, LabellisationProcess.APPROVED.equals(agreement) ? "NATIONAL_AGREEMENT_GIVEN"
          : "NATIONAL_AGREEMENT_REFUSED", (LabellisationProcess.APPROVED.equals(agreement)
              ? "Avis préalable favorable de l'ANCT : " : "Avis préalable défavorable de l'ANCT : ") + reason);
    }
  }

  /** The prefect's label decision; a postponed one comes back on the chosen day. */
  @Transactional
  public void decideLabel(UUID id, String decision, LocalDate effectiveDate, LocalDate postponeUntil, String reason,
      String prefect) {
    Structure structure = load(id);
    Instant until = postponeUntil == null ? null
        : postponeUntil.atTime(DECISION_COMES_BACK_AT).atZone(Countdown.PARIS).toInstant();
    if (structure.decideLabel(decision, effectiveDate, until, reason)) {
      structures.save(structure);
      record(id, prefect, "LABEL_" + decision + "_DECIDED", switch (decision) {
        case LabellisationProcess.GRANT -> "Label attribué à compter du " + effectiveDate.format(LabellisationTexts.DATE) + ".";
        case LabellisationProcess.POSTPONE -> "Décision reportée au " + postponeUntil.format(LabellisationTexts.DATE) + " : "
            + reason;
        default -> "Label refusé : " + reason;
      });
    }
  }

  /** The date a postponed decision comes back to the prefect, as the BPMN timer waits for it. */
  @Transactional
  public Instant postponeDecision(UUID id) {
    Structure structure = load(id);
    structures.waitAt(id, LabellisationProcess.DECISION_DUE_EVENT);
    return structure.decisionDueAt();
  }

  @Transactional
  public void refuse(UUID id) {
    Structure structure = load(id);
    if (structure.refuse()) {
      structures.save(structure);
      structures.waitAt(id, null);
      record(id, CaseHistory.SYSTEM, "REFUSED", "Label refusé : " + structure.closingReason());
      tellPrefectAndStructure(structure, "label-decision", "Label France Services refusé : " + structure.name(),
          "Le label France Services n'est pas attribué. Motif : " + structure.closingReason());
    }
  }

  /** Grants the label once, with a number never reused; a redelivered job finds it granted. */
  @Transactional
  public String grantLabel(UUID id) {
    Structure structure = load(id);
    if (structure.isLabelled()) {
      return structure.labelNumber();
    }
    Instant now = clock.instant();
    String number = structures.nextLabelNumber(structure.departmentCode(), now.atZone(Countdown.PARIS).getYear());
    if (structure.grantLabel(number, now)) {
      structures.save(structure);
      record(id, CaseHistory.SYSTEM, "LABEL_GRANTED", "Label France Services n° " + number + " attribué.");
      notifications.enqueue(id + ":labelled", CandidateGroups.ANCT, "Nouvelle structure labellisée : "
          + structure.name(), "Label n° " + number + " (" + structure.departmentCode() + ").\n"
          + links.to("/structures/" + id));
      tellPrefectAndStructure(structure, "label-decision", "Label France Services attribué : " + structure.name(),
          "Le label France Services n° " + number + " est attribué à compter du "
              + structure.labelEffectiveDate().format(LabellisationTexts.DATE) + ".");
    }
    return structure.labelNumber();
  }

  /** Deadlines to the second: the same instant in the database, the engine's timer and every page. */
  private Instant dueIn(Duration duration) {
    return clock.instant().plus(duration).truncatedTo(ChronoUnit.SECONDS);
  }

  private void record(UUID id, String by, String event, String detail) {
    history.record(LabellisationProcess.CASE_TYPE, id, by, event, detail);
  }

  private Structure load(UUID id) {
    return structures.find(id).orElseThrow(() -> new NotFoundException("Structure introuvable."));
  }

  /** The auditor of the open round and when the audit is due, as the process variables carry them. */
  public record Assignment(String auditor, Instant dueAt, boolean fastTrack) {

    static Assignment of(Structure structure) {
      return new Assignment(structure.auditor(), structure.auditDueAt(), structure.fastTrack());
    }
  }

  /** {@code decisionDue}: the failed audits reached the limit, the prefect decides to abandon or extend. */
  public record Score(boolean conclusive, boolean decisionDue) {}
}
