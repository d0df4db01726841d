package fr.relais.labellisation;

import fr.relais.history.HistoryEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A structure as the API and pages show it. {@code currentStep} is the BPMN element its case waits at, when known;
 * {@code annexAvailable} says whether the convention annex can be downloaded. A structure is known by its label number
 * once labelled, by its {@code proposalReference} (PRJ-35-2026-00042) before.
 */
public record StructureView(UUID id, String name, String department, String commune, StructureStatus status,
    String labelNumber, String proposalReference, Instant labelledAt, LocalDate labelEffectiveDate, String referentialVersion, String carrier,
    String address, String postalCode, String email, String phone, LocalDate plannedOpening, boolean formerMsap,
    Declaration declaration, List<DeclarationGap> declarationGaps, String auditor, Instant auditDueAt,
    boolean fastTrack, int failedAudits, Instant upgradeDueAt, Instant decisionDueAt, String closingReason,
    List<Audit> audits, String currentStep, boolean annexAvailable, List<HistoryEntry> history) {

  static StructureView of(Structure s, List<Audit> audits, String currentStep, boolean annexAvailable,
      List<HistoryEntry> history) {
    StructureProposal p = s.proposal();
    return new StructureView(s.id(), p.name(), s.departmentCode(), p.commune(), s.status(), s.labelNumber(),
        s.proposalReference(), s.labelledAt(), s.labelEffectiveDate(), s.referentialVersion(), p.carrier(), p.address(), p.postalCode(),
        p.email(), p.phone(), p.plannedOpening(), p.formerMsap(), p.declaration(), s.gaps(), s.auditor(),
        s.auditDueAt(), s.fastTrack(), s.failedAudits(), s.upgradeDueAt(), s.decisionDueAt(), s.closingReason(),
        audits, currentStep, annexAvailable, history);
  }

  /** What people call the structure's case: its label number, or before the label its project's reference. */
  public String reference() {
    return labelNumber != null ? labelNumber : proposalReference;
  }

  /** The line of a list: no audits, no history. */
  static StructureView summary(Structure s) {
    return of(s, List.of(), null, false, List.of());
  }
}
