package fr.relais.referral;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A hard case sent by an agent to an operator. Each transition is a named method that refuses an
 * illegal move and answers whether anything changed, so a redelivered job changes nothing twice.
 */
@Table("referral")
public class Referral {

  static final String ANONYMISED = "[anonymisé]";

  @Id private UUID id;
  @Version private Integer version;
  private String reference;
  private UUID structureId;
  private String departmentCode;
  private String operatorCode;
  private String lifeSituation;
  private String subject;
  private String description;
  private String citizenName;
  private String citizenReference;
  private boolean consentGiven;
  private ReferralStatus status;
  private int escalationLevel;
  private String submittedBy;
  private Instant submittedAt;
  private Instant dueAt;
  private Instant reminderAt;
  private Instant escalationDueAt;
  private Instant informationDueAt;
  private Long pausedRemainingSeconds;
  private String question;
  private String information;
  private String answer;
  private String answeredBy;
  private Instant answeredAt;
  private Instant autoCloseAt;
  private Instant closedAt;
  private Instant anonymiseAt;
  private Instant anonymisedAt;
  // Engine bookkeeping, written only by targeted updates: an aggregate save racing a worker must not undo it.
  @ReadOnlyProperty private String waitElement;
  @ReadOnlyProperty private Long processInstanceKey;

  Referral() {}

  static Referral submit(ReferralRequest request, String reference, String agent, UUID structureId, String department,
      Instant now, Instant dueAt, Instant reminderAt) {
    if (!request.consent()) {
      throw new IllegalArgumentException("a referral needs the citizen's consent");
    }
    Referral referral = new Referral();
    referral.id = UUID.randomUUID();
    referral.reference = reference;
    referral.structureId = structureId;
    referral.departmentCode = department;
    referral.operatorCode = request.operator();
    referral.lifeSituation = request.lifeSituation();
    referral.subject = request.subject();
    referral.description = request.description();
    referral.citizenName = request.citizenName();
    referral.citizenReference = request.citizenReference();
    referral.consentGiven = true;
    referral.status = ReferralStatus.OPEN;
    referral.submittedBy = agent;
    referral.submittedAt = now;
    referral.dueAt = dueAt;
    referral.reminderAt = reminderAt;
    return referral;
  }

  boolean escalateToPool(Instant escalationDueAt) {
    checkNotClosed();
    if (escalationLevel >= 1) {
      return false;
    }
    escalationLevel = 1;
    status = ReferralStatus.ESCALATED;
    this.escalationDueAt = escalationDueAt;
    return true;
  }

  boolean escalateToAnct() {
    checkNotClosed();
    if (escalationLevel >= 2) {
      return false;
    }
    escalationLevel = 2;
    status = ReferralStatus.ESCALATED;
    return true;
  }

  boolean recordAnswer(String answerText, String by, Instant now, Instant autoCloseAt) {
    checkNotClosed();
    if (status == ReferralStatus.ANSWERED) {
      return false;
    }
    answer = answerText;
    answeredBy = by;
    answeredAt = now;
    this.autoCloseAt = autoCloseAt;
    status = ReferralStatus.ANSWERED;
    return true;
  }

  /** Stops the answer clock: what was left of the current deadline is kept for when the agent answers. */
  boolean requestInformation(String questionText, Duration remaining, Instant informationDueAt) {
    checkNotClosed();
    if (status == ReferralStatus.AWAITING_INFORMATION) {
      return false;
    }
    question = questionText;
    pausedRemainingSeconds = remaining.toSeconds();
    this.informationDueAt = informationDueAt;
    status = ReferralStatus.AWAITING_INFORMATION;
    return true;
  }

  Duration pausedRemaining() {
    return Duration.ofSeconds(pausedRemainingSeconds == null ? 0 : pausedRemainingSeconds);
  }

  /** Restarts the clock of the current level with the deadline recomputed from what was left. */
  boolean resume(String informationText, Instant newDeadline, Instant newReminderAt) {
    checkNotClosed();
    if (status != ReferralStatus.AWAITING_INFORMATION) {
      return false;
    }
    information = informationText;
    pausedRemainingSeconds = null;
    if (escalationLevel == 0) {
      dueAt = newDeadline;
      reminderAt = newReminderAt;
      status = ReferralStatus.OPEN;
    } else {
      escalationDueAt = newDeadline;
      status = ReferralStatus.ESCALATED;
    }
    return true;
  }

  boolean reroute(String newOperator, Instant newDueAt, Instant newReminderAt) {
    checkNotClosed();
    if (newOperator.equals(operatorCode)) {
      return false;
    }
    operatorCode = newOperator;
    dueAt = newDueAt;
    reminderAt = newReminderAt;
    escalationLevel = 0;
    escalationDueAt = null;
    status = ReferralStatus.OPEN;
    return true;
  }

  boolean close(Instant now, Instant anonymiseAt) {
    if (status == ReferralStatus.CLOSED) {
      return false;
    }
    closedAt = now;
    this.anonymiseAt = anonymiseAt;
    status = ReferralStatus.CLOSED;
    return true;
  }

  /** Removes what identifies the citizen; operator, department and timings stay for statistics. */
  boolean anonymise(Instant now) {
    if (anonymisedAt != null) {
      return false;
    }
    if (status != ReferralStatus.CLOSED) {
      throw new IllegalStateException("only a closed referral is anonymised");
    }
    subject = ANONYMISED;
    description = ANONYMISED;
    citizenName = null;
    citizenReference = null;
    question = question == null ? null : ANONYMISED;
    information = information == null ? null : ANONYMISED;
    answer = answer == null ? null : ANONYMISED;
    anonymisedAt = now;
    return true;
  }

  /** The deadline of the level the case is at; null at ANCT, which has no deadline. */
  Instant currentDeadline() {
    return switch (escalationLevel) {
      case 0 -> dueAt;
      case 1 -> escalationDueAt;
      default -> null;
    };
  }

  private void checkNotClosed() {
    if (status == ReferralStatus.CLOSED) {
      throw new IllegalStateException("referral " + id + " is closed");
    }
  }

  public UUID getId() { return id; }
  /** What people read out and search for, e.g. SAI-35-2026-000042; never changes, never reused. */
  public String reference() { return reference; }
  public UUID getStructureId() { return structureId; }
  public String getDepartmentCode() { return departmentCode; }
  public String getOperatorCode() { return operatorCode; }
  public String getLifeSituation() { return lifeSituation; }
  public String getSubject() { return subject; }
  public String getDescription() { return description; }
  public String getCitizenName() { return citizenName; }
  public String getCitizenReference() { return citizenReference; }
  public ReferralStatus getStatus() { return status; }
  public int getEscalationLevel() { return escalationLevel; }
  public String getSubmittedBy() { return submittedBy; }
  public Instant getSubmittedAt() { return submittedAt; }
  public Instant getDueAt() { return dueAt; }
  public Instant getReminderAt() { return reminderAt; }
  public Instant getEscalationDueAt() { return escalationDueAt; }
  public Instant getInformationDueAt() { return informationDueAt; }
  public String getQuestion() { return question; }
  public String getInformation() { return information; }
  public String getAnswer() { return answer; }
  public String getAnsweredBy() { return answeredBy; }
  public Instant getAnsweredAt() { return answeredAt; }
  public Instant getAutoCloseAt() { return autoCloseAt; }
  public Instant getClosedAt() { return closedAt; }
  public Instant getAnonymiseAt() { return anonymiseAt; }
  public Instant getAnonymisedAt() { return anonymisedAt; }
  public String getWaitElement() { return waitElement; }
  public Long getProcessInstanceKey() { return processInstanceKey; }
}
