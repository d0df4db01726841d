package fr.relais.referral;

import fr.relais.history.HistoryEntry;
import fr.relais.structure.ReferenceData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A referral as its readers see it, with names resolved and the countdown computed. {@code deadline} is the date
 * the operator must answer by at the case's level, null once nobody is expected to answer (clock paused, answered,
 * closed, or at ANCT).
 */
public record ReferralView(
    UUID id,
    String reference,
    ReferralStatus status,
    String statusLabel,
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
    Instant deadline,
    boolean overdue,
    List<AttachmentView> attachments,
    List<HistoryEntry> history) {

  /** A document as listed on the case: its download is a separate call. */
  public record AttachmentView(UUID id, String fileName, String contentType, int size, String sizeText,
      Instant uploadedAt) {

    static AttachmentView of(Attachment attachment) {
      return new AttachmentView(attachment.id(), attachment.fileName(), attachment.contentType(), attachment.size(),
          ReferralTexts.size(attachment.size()), attachment.uploadedAt());
    }
  }

  static ReferralView of(Referral r, ReferenceData referenceData, List<HistoryEntry> history,
      List<Attachment> attachments, Instant now) {
    boolean waitingForOperator = r.getStatus() == ReferralStatus.OPEN || r.getStatus() == ReferralStatus.ESCALATED;
    Instant deadline = waitingForOperator ? r.currentDeadline() : null;
    return new ReferralView(r.getId(), r.reference(), r.getStatus(), r.getStatus().label(), r.getOperatorCode(),
        referenceData.operatorName(r.getOperatorCode()), r.getDepartmentCode(),
        referenceData.structure(r.getStructureId()).map(s -> s.name()).orElse(""),
        r.getLifeSituation(), r.getSubject(), r.getDescription(), r.getCitizenName(), r.getCitizenReference(),
        r.getSubmittedBy(), r.getSubmittedAt(), r.getDueAt(), r.getEscalationDueAt(), r.getEscalationLevel(),
        r.getQuestion(), r.getInformation(), r.getAnswer(), r.getAnsweredBy(), r.getAnsweredAt(), r.getClosedAt(),
        deadline, deadline != null && deadline.isBefore(now),
        attachments.stream().map(AttachmentView::of).toList(),
        history);
  }
}
