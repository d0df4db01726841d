package fr.relais.referral;

import fr.relais.history.HistoryEntry;
import fr.relais.structure.ReferenceData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A referral as its readers see it, with names resolved and the countdown computed. */
public record ReferralView(
    UUID id,
    ReferralStatus status,
    String operator,
    String operatorName,
    String department,
    String structureName,
    String lifeSituation,
    String subject,
    String description,
    String citizenName,
    String citizenReference,
    String submittedBy,
    Instant submittedAt,
    Instant dueAt,
    Instant escalationDueAt,
    int escalationLevel,
    String question,
    String information,
    String answer,
    String answeredBy,
    Instant answeredAt,
    Instant closedAt,
    boolean overdue,
    List<HistoryEntry> history) {

  static ReferralView of(Referral r, ReferenceData referenceData, List<HistoryEntry> history, Instant now) {
    Instant deadline = r.currentDeadline();
    boolean waitingForOperator = r.getStatus() == ReferralStatus.OPEN || r.getStatus() == ReferralStatus.ESCALATED;
    return new ReferralView(r.getId(), r.getStatus(), r.getOperatorCode(), referenceData.operatorName(r.getOperatorCode()),
        r.getDepartmentCode(),
        referenceData.structure(r.getStructureId()).map(s -> s.name()).orElse(""),
        r.getLifeSituation(), r.getSubject(), r.getDescription(), r.getCitizenName(), r.getCitizenReference(),
        r.getSubmittedBy(), r.getSubmittedAt(), r.getDueAt(), r.getEscalationDueAt(), r.getEscalationLevel(),
        r.getQuestion(), r.getInformation(), r.getAnswer(), r.getAnsweredBy(), r.getAnsweredAt(), r.getClosedAt(),
        waitingForOperator && deadline != null && deadline.isBefore(now), history);
  }
}
