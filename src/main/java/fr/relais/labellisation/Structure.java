package fr.relais.labellisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A structure on its way to (or with) the France Services label: what the prefect declared and where its
 * labellisation stands. Each step is a named transition that refuses an illegal move and answers whether anything
 * changed, so a job the engine delivers twice changes nothing the second time.
 */
public class Structure {

  private final UUID id;
  private final String departmentCode;
  private final String referentialVersion;
  private final String proposedBy;
  private final Instant proposedAt;
  private StructureProposal proposal;
  private StructureStatus status;
  private List<DeclarationGap> gaps;
  private int declarationRevision;
  private int checkedRevision;
  private String auditor;
  private int auditRound;
  private Instant auditDueAt;
  private boolean fastTrack;
  private int failedAudits;
  private Instant upgradeDueAt;
  private boolean upgradeRecorded;
  private String failureDecision;
  private String nationalAgreement;
  private String labelDecision;
  private Instant decisionDueAt;
  private LocalDate labelEffectiveDate;
  private String labelNumber;
  private Instant labelledAt;
  private String closingReason;
  private final String proposalReference;
  private final int version;

  Structure(UUID id, String departmentCode, String referentialVersion, String proposedBy, Instant proposedAt,
      StructureProposal proposal, StructureStatus status, List<DeclarationGap> gaps, int declarationRevision,
      int checkedRevision, String auditor, int auditRound, Instant auditDueAt, boolean fastTrack, int failedAudits,
      Instant upgradeDueAt, boolean upgradeRecorded, String failureDecision, String nationalAgreement,
      String labelDecision, Instant decisionDueAt, LocalDate labelEffectiveDate, String labelNumber,
      Instant labelledAt, String closingReason, String proposalReference, int version) {
    this.id = id;
    this.departmentCode = departmentCode;
    this.referentialVersion = referentialVersion;
    this.proposedBy = proposedBy;
    this.proposedAt = proposedAt;
    this.proposal = proposal;
    this.status = status;
    this.gaps = List.copyOf(gaps);
    this.declarationRevision = declarationRevision;
    this.checkedRevision = checkedRevision;
    this.auditor = auditor;
    this.auditRound = auditRound;
    this.auditDueAt = auditDueAt;
    this.fastTrack = fastTrack;
    this.failedAudits = failedAudits;
    this.upgradeDueAt = upgradeDueAt;
    this.upgradeRecorded = upgradeRecorded;
    this.failureDecision = failureDecision;
    this.nationalAgreement = nationalAgreement;
    this.labelDecision = labelDecision;
    this.decisionDueAt = decisionDueAt;
    this.labelEffectiveDate = labelEffectiveDate;
    this.labelNumber = labelNumber;
    this.labelledAt = labelledAt;
    this.closingReason = closingReason;
    this.proposalReference = proposalReference;
    this.version = version;
  }

  static Structure propose(StructureProposal proposal, String department, String referentialVersion,
      String prefect, Instant now) {
    return new Structure(UUID.randomUUID(), department, referentialVersion, prefect, now, proposal,
        StructureStatus.PROPOSED, List.of(), 1, 0, null, 0, null, false, 0, null, false, null, null, null, null, null,
        null, null, null, null, 0);
  }

  /** The prefect completes a declaration found incomplete: it is checked again. */
  boolean reviseDeclaration(StructureProposal revised) {
    require(StructureStatus.DECLARATION_INCOMPLETE);
    proposal = revised;
    declarationRevision++;
    return true;
  }

  /** The verdict on the latest declaration; a revision already checked is not checked twice. */
  boolean recordDeclarationCheck(List<DeclarationGap> found) {
    if (checkedRevision >= declarationRevision) {
      return false;
    }
    require(StructureStatus.PROPOSED, StructureStatus.DECLARATION_INCOMPLETE);
    gaps = List.copyOf(found);
    checkedRevision = declarationRevision;
    status = found.isEmpty() ? StructureStatus.AUDIT_PENDING : StructureStatus.DECLARATION_INCOMPLETE;
    return true;
  }

  /** A round is open from its auditor's assignment to its scoring: a redelivered assignment finds it. */
  boolean hasOpenAuditRound() {
    return status == StructureStatus.AUDIT_PENDING && auditor != null;
  }

  /** Opens the first audit round with its auditor; a round already open keeps its auditor and due date. */
  boolean assignAuditor(String assigned, Instant dueAt) {
    if (status == StructureStatus.AUDIT_PENDING && auditor != null) {
      return false;
    }
    require(StructureStatus.AUDIT_PENDING);
    openAuditRound(assigned, dueAt, false);
    return true;
  }

  /** After a recorded upgrade: the fast-track re-audit, with priority and a shorter due date. */
  boolean scheduleReaudit(String assigned, Instant dueAt) {
    if (status == StructureStatus.AUDIT_PENDING) {
      return false;
    }
    require(StructureStatus.UPGRADE_REQUIRED);
    if (!upgradeRecorded) {
      throw new IllegalStateException("structure " + id + ": no upgrade recorded before the re-audit");
    }
    openAuditRound(assigned, dueAt, true);
    status = StructureStatus.AUDIT_PENDING;
    return true;
  }

  private void openAuditRound(String assigned, Instant dueAt, boolean fastTracked) {
    auditor = assigned;
    auditDueAt = dueAt;
    fastTrack = fastTracked;
    auditRound++;
    upgradeDueAt = null;
    upgradeRecorded = false;
  }

  /** The scored audit of the open round moves the case on; a round scored already is left as it is. */
  boolean score(boolean conclusive) {
    if (status != StructureStatus.AUDIT_PENDING) {
      return false;
    }
    if (conclusive) {
      status = StructureStatus.AWAITING_NATIONAL_AGREEMENT;
    } else {
      failedAudits++;
      status = StructureStatus.UPGRADE_REQUIRED;
      failureDecision = null;
    }
    auditor = null;
    return true;
  }

  /** Starts (or, after an extension, restarts) the time the structure has to correct what the audit found. */
  boolean requestUpgrade(Instant dueAt) {
    require(StructureStatus.UPGRADE_REQUIRED);
    if (upgradeDueAt != null) {
      return false;
    }
    upgradeDueAt = dueAt;
    upgradeRecorded = false;
    return true;
  }

  boolean recordUpgrade() {
    require(StructureStatus.UPGRADE_REQUIRED);
    upgradeRecorded = true;
    return true;
  }

  /** The prefect's choice after too many failed audits or a missed upgrade deadline; extending reopens the upgrade. */
  boolean decideAfterFailure(String decision, String reason) {
    require(StructureStatus.UPGRADE_REQUIRED);
    failureDecision = decision;
    if (LabellisationProcess.EXTEND.equals(decision)) {
      upgradeDueAt = null;
    } else {
      closingReason = reason;
    }
    return true;
  }

  boolean abandon() {
    if (status == StructureStatus.ABANDONED) {
      return false;
    }
    require(StructureStatus.UPGRADE_REQUIRED);
    status = StructureStatus.ABANDONED;
    return true;
  }

  boolean recordNationalAgreement(String agreement, String reason) {
    require(StructureStatus.AWAITING_NATIONAL_AGREEMENT);
    nationalAgreement = agreement;
    if (LabellisationProcess.APPROVED.equals(agreement)) {
      status = StructureStatus.AWAITING_LABEL_DECISION;
    } else {
      closingReason = reason;
    }
    return true;
  }

  /** The prefect's decision; {@code until} is when a postponed decision comes back, {@code effective} the label's date. */
  boolean decideLabel(String decision, LocalDate effective, Instant until, String reason) {
    require(StructureStatus.AWAITING_LABEL_DECISION);
    labelDecision = decision;
    labelEffectiveDate = effective;
    decisionDueAt = until;
    closingReason = LabellisationProcess.GRANT.equals(decision) ? null : reason;
    return true;
  }

  boolean refuse() {
    if (status == StructureStatus.REFUSED) {
      return false;
    }
    require(StructureStatus.AWAITING_NATIONAL_AGREEMENT, StructureStatus.AWAITING_LABEL_DECISION);
    status = StructureStatus.REFUSED;
    return true;
  }

  /** Grants the label once: a redelivered job finds the number already given. */
  boolean grantLabel(String number, Instant now) {
    if (status == StructureStatus.LABELLED) {
      return false;
    }
    require(StructureStatus.AWAITING_LABEL_DECISION);
    if (!LabellisationProcess.GRANT.equals(labelDecision)) {
      throw new IllegalStateException("structure " + id + ": no decision to grant the label");
    }
    status = StructureStatus.LABELLED;
    labelNumber = number;
    labelledAt = now;
    return true;
  }

  boolean isLabelled() {
    return status == StructureStatus.LABELLED;
  }

  private void require(StructureStatus... allowed) {
    for (StructureStatus candidate : allowed) {
      if (status == candidate) {
        return;
      }
    }
    throw new IllegalStateException("structure " + id + " is " + status + ", not " + List.of(allowed));
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return proposal.name();
  }

  public String departmentCode() {
    return departmentCode;
  }

  public String referentialVersion() {
    return referentialVersion;
  }

  String proposedBy() {
    return proposedBy;
  }

  Instant proposedAt() {
    return proposedAt;
  }

  StructureProposal proposal() {
    return proposal;
  }

  Declaration declaration() {
    return proposal.declaration();
  }

  public StructureStatus status() {
    return status;
  }

  List<DeclarationGap> gaps() {
    return gaps;
  }

  int declarationRevision() {
    return declarationRevision;
  }

  int checkedRevision() {
    return checkedRevision;
  }

  String auditor() {
    return auditor;
  }

  int auditRound() {
    return auditRound;
  }

  Instant auditDueAt() {
    return auditDueAt;
  }

  boolean fastTrack() {
    return fastTrack;
  }

  int failedAudits() {
    return failedAudits;
  }

  Instant upgradeDueAt() {
    return upgradeDueAt;
  }

  boolean upgradeRecorded() {
    return upgradeRecorded;
  }

  String failureDecision() {
    return failureDecision;
  }

  String nationalAgreement() {
    return nationalAgreement;
  }

  String labelDecision() {
    return labelDecision;
  }

  Instant decisionDueAt() {
    return decisionDueAt;
  }

  LocalDate labelEffectiveDate() {
    return labelEffectiveDate;
  }

  String labelNumber() {
    return labelNumber;
  }

  /** Given by the database when the proposal is stored; none for a structure labelled before Relais. */
  String proposalReference() {
    return proposalReference;
  }

  Instant labelledAt() {
    return labelledAt;
  }

  String closingReason() {
    return closingReason;
  }

  int version() {
    return version;
  }
}
