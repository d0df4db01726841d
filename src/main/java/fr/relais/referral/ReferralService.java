package fr.relais.referral;

import fr.relais.engine.PendingStarts;
import fr.relais.engine.ProcessStarter;
import fr.relais.history.CaseHistory;
import fr.relais.notification.Notifications;
import fr.relais.security.CandidateGroups;
import fr.relais.security.RelaisUser;
import fr.relais.security.Role;
import fr.relais.security.UserAccounts;
import fr.relais.structure.ReferenceData;
import fr.relais.structure.StructureSummary;
import fr.relais.tasks.TaskOpened;
import fr.relais.web.ConflictException;
import fr.relais.web.InvalidInputException;
import fr.relais.web.NotFoundException;
import fr.relais.web.PublicLinks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The referral feature's entry point for controllers and workers. Each worker-facing method is
 * idempotent: it applies its transition once and, on a redelivered job, returns what it returned before.
 */
@Service
public class ReferralService implements PendingStarts {

  private final ReferralRepository referrals;
  private final ReferralNumbers numbers;
  private final ReferralDeadlines deadlines;
  private final ReferralRequestForm requestForm;
  private final ReferralAccess access;
  private final RoutingGaps routingGaps;
  private final UserAccounts users;
  private final ReferenceData referenceData;
  private final CaseHistory history;
  private final Notifications notifications;
  private final ProcessStarter processes;
  private final TransactionTemplate transaction;
  private final ReferralAttachments attachments;
  private final AttachmentRules attachmentRules;
  private final PublicLinks links;
  private final Clock clock;

  ReferralService(ReferralRepository referrals, ReferralNumbers numbers, ReferralDeadlines deadlines, ReferralRequestForm requestForm,
      ReferralAccess access, RoutingGaps routingGaps, UserAccounts users, ReferenceData referenceData, CaseHistory history,
      Notifications notifications, ProcessStarter processes, TransactionTemplate transaction,
      ReferralAttachments attachments, AttachmentRules attachmentRules, PublicLinks links, Clock clock) {
    this.referrals = referrals;
    this.numbers = numbers;
    this.deadlines = deadlines;
    this.requestForm = requestForm;
    this.access = access;
    this.routingGaps = routingGaps;
    this.users = users;
    this.referenceData = referenceData;
    this.history = history;
    this.notifications = notifications;
    this.processes = processes;
    this.transaction = transaction;
    this.attachments = attachments;
    this.attachmentRules = attachmentRules;
    this.links = links;
    this.clock = clock;
  }

  /** An agent's new case: stored first, then its process started (or started later if the engine is away). */
  public void checkCanSubmit(RelaisUser user) {
    if (!user.hasRole(Role.AGENT)) {
      throw new AccessDeniedException("only an agent of a structure submits a referral");
    }
  }

  /** Every field and every file is checked before anything is stored; the errors come back together. */
  public Referral submit(RelaisUser agent, Map<String, Object> input, List<IncomingAttachment> files) {
    checkCanSubmit(agent);
    Map<String, String> errors = new LinkedHashMap<>();
    ReferralRequest request = null;
    try {
      request = requestForm.validate(input);
    } catch (InvalidInputException e) {
      errors.putAll(e.errors());
    }
    attachmentRules.problemWith(files, 0).ifPresent(problem -> errors.put(AttachmentRules.FIELD, problem));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    ReferralRequest valid = request;
    StructureSummary structure = referenceData.structure(agent.structureId())
        .orElseThrow(() -> new IllegalStateException("agent without a structure: " + agent.username()));
    Referral referral = transaction.execute(status -> {
      Referral stored = store(valid, agent, structure);
      files.forEach(file -> attach(stored.getId(), file, agent));
      return stored;
    });
    start(referral);
    return referrals.findById(referral.getId()).orElseThrow();
  }

  /** A document added after submission, by the submitting structure, while the case is not closed. */
  @Transactional
  public Attachment addAttachment(RelaisUser user, UUID id, IncomingAttachment file) {
    Referral referral = load(id);
    access.checkCanAttach(user, referral);
    if (referral.getStatus() == ReferralStatus.CLOSED) {
      throw new ConflictException("La saisine est close : elle ne reçoit plus de pièces jointes.");
    }
    attachmentRules.problemWith(List.of(file), attachments.count(id))
        .ifPresent(problem -> {
          throw new InvalidInputException(Map.of(AttachmentRules.FIELD, problem));
        });
    return attach(id, file, user);
  }

  public boolean canAttach(RelaisUser user, UUID id) {
    Referral referral = load(id);
    return access.canAttach(user, referral) && referral.getStatus() != ReferralStatus.CLOSED;
  }

  public AttachmentFile attachment(RelaisUser user, UUID id, UUID attachmentId) {
    Referral referral = load(id);
    access.checkCanRead(user, referral, referrals.candidateGroups(id));
    return attachments.file(id, attachmentId).orElseThrow(() -> new NotFoundException("Pièce jointe introuvable."));
  }

  private Attachment attach(UUID id, IncomingAttachment file, RelaisUser by) {
    String contentType = AttachmentRules.contentTypeOf(file.content()).orElseThrow();
    Attachment attachment = attachments.add(id, file, contentType, by.username(), clock.instant());
    // The file's name may name the citizen: history keeps only its kind and size, which survive anonymisation.
    history.record(ReferralProcess.CASE_TYPE, id, by.username(), "ATTACHMENT_ADDED",
        "Pièce jointe ajoutée (" + ReferralTexts.fileKind(contentType) + ", " + ReferralTexts.size(file.content().length)
            + ").");
    return attachment;
  }

  private Referral store(ReferralRequest request, RelaisUser agent, StructureSummary structure) {
    Instant now = clock.instant();
    Instant dueAt = deadlines.answerDue(now);
    Referral referral = Referral.submit(request, numbers.next(structure.departmentCode(), now), agent.username(),
        structure.id(), structure.departmentCode(), now, dueAt, deadlines.reminderFor(dueAt, now));
    referrals.save(referral);
    referrals.addCandidate(referral.getId(), CandidateGroups.agent(structure.id().toString()), now);
    history.record(ReferralProcess.CASE_TYPE, referral.getId(), agent.username(), "SUBMITTED",
        "Saisine adressée à " + referenceData.operatorName(request.operator()) + ", réponse attendue avant le "
            + ReferralTexts.dateTime(dueAt));
    return referral;
  }

  @Override
  public int startPending() {
    int started = 0;
    for (Referral referral : referrals.findNotStartedBefore(clock.instant().minus(Duration.ofSeconds(30)))) {
      started += start(referral) ? 1 : 0;
    }
    return started;
  }

  private boolean start(Referral referral) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("businessKey", referral.getId().toString());
    variables.put("referralId", referral.getId().toString());
    variables.put("department", referral.getDepartmentCode());
    variables.put("operator", referral.getOperatorCode());
    variables.put("structureId", referral.getStructureId().toString());
    variables.put("dueAt", referral.getDueAt().toString());
    variables.put("reminderAt", referral.getReminderAt().toString());
    return processes.start(ReferralProcess.ID, variables,
        key -> referrals.markStarted(referral.getId(), key));
  }

  /** Finds the referents of the case's operator in its department; none is a routing gap, not an error. */
  @Transactional
  public boolean route(UUID id) {
    Referral referral = load(id);
    Instant now = clock.instant();
    String operator = referral.getOperatorCode();
    String department = referral.getDepartmentCode();
    if (users.activeReferents(operator, department).isEmpty()) {
      if (referrals.recordRoutingGap(UUID.randomUUID(), id, operator, department, now) == 1) {
        history.record(ReferralProcess.CASE_TYPE, id, CaseHistory.SYSTEM, "ROUTING_GAP",
            "Aucun référent " + referenceData.operatorName(operator) + " dans le département " + department
                + " : la saisine part directement au pôle d'escalade.");
      }
      return false;
    }
    String group = CandidateGroups.referent(operator, department);
    if (referrals.addCandidate(id, group, now) == 1) {
      history.record(ReferralProcess.CASE_TYPE, id, CaseHistory.SYSTEM, "ROUTED",
          "Saisine envoyée aux référents " + referenceData.operatorName(operator) + " du " + department + ".");
    }
    return true;
  }

  @Transactional
  public void remindReferents(UUID id) {
    Referral referral = load(id);
    String group = CandidateGroups.referent(referral.getOperatorCode(), referral.getDepartmentCode());
    if (tell(referral, "reminder:" + referral.getDueAt(), group, "Rappel : saisine " + referral.reference()
            + " à traiter avant le " + ReferralTexts.dateTime(referral.getDueAt()),
        "La saisine attend toujours votre réponse ; l'échéance approche.", "réponse du référent",
        referral.getDueAt())) {
      history.record(ReferralProcess.CASE_TYPE, id, CaseHistory.SYSTEM, "REMINDER_SENT",
          "Rappel envoyé aux référents avant l'échéance.");
    }
  }

  @Transactional
  public Instant escalateToPool(UUID id) {
    Referral referral = load(id);
    Instant now = clock.instant();
    if (referral.escalateToPool(deadlines.escalationDue(now))) {
      String pool = CandidateGroups.escalationPool(referral.getOperatorCode());
      referrals.save(referral);
      referrals.addCandidate(id, pool, now);
      history.record(ReferralProcess.CASE_TYPE, id, CaseHistory.SYSTEM, "ESCALATED",
          "Sans réponse des référents dans le délai : escaladée au pôle national "
              + referenceData.operatorName(referral.getOperatorCode())
              + ", réponse attendue avant le " + ReferralTexts.dateTime(referral.getEscalationDueAt()) + ".");
      tell(referral, "escalated:1", pool, "Saisine " + referral.reference() + " escaladée à votre pôle",
          "Cette saisine n'a pas reçu de réponse des référents dans le délai ; votre pôle peut la prendre en charge.",
          "réponse du pôle d'escalade", referral.getEscalationDueAt());
    }
    return referral.getEscalationDueAt();
  }

  @Transactional
  public void escalateToAnct(UUID id) {
    Referral referral = load(id);
    if (referral.escalateToAnct()) {
      referrals.save(referral);
      referrals.addCandidate(id, CandidateGroups.ANCT, clock.instant());
      history.record(ReferralProcess.CASE_TYPE, id, CaseHistory.SYSTEM, "ESCALATED_TO_ANCT",
          "Le pôle d'escalade n'a pas répondu dans le délai : l'ANCT prend le relais.");
      tell(referral, "escalated:2", CandidateGroups.ANCT, "Saisine " + referral.reference() + " sans réponse",
          "Ni les référents ni le pôle d'escalade n'ont répondu dans les délais : l'ANCT prend le relais.",
          "réponse de l'ANCT", null);
    }
  }

  @Transactional
  public Instant recordAnswer(UUID id, String answer, String by) {
    Referral referral = load(id);
    Instant now = clock.instant();
    if (referral.recordAnswer(answer, by, now, deadlines.autoClose(now))) {
      referrals.save(referral);
      history.record(ReferralProcess.CASE_TYPE, id, by, "ANSWERED", "Réponse apportée.");
      tell(referral, "answered", CandidateGroups.agent(referral.getStructureId().toString()),
          "Réponse à votre saisine " + referral.reference(),
          "L'opérateur a répondu à votre saisine : la réponse se lit sur la page de la saisine.",
          "lecture de la réponse", referral.getAutoCloseAt());
    }
    return referral.getAutoCloseAt();
  }

  @Transactional
  public Instant requestInformation(UUID id, String question, String by) {
    Referral referral = load(id);
    Instant now = clock.instant();
    Duration remaining = deadlines.remaining(now, referral.currentDeadline());
    if (referral.requestInformation(question, remaining, deadlines.informationDue(now))) {
      referrals.save(referral);
      history.record(ReferralProcess.CASE_TYPE, id, by, "INFORMATION_REQUESTED",
          "Complément demandé à l'agent ; le délai de réponse est suspendu.");
      tell(referral, "information-requested:" + referral.getInformationDueAt(),
          CandidateGroups.agent(referral.getStructureId().toString()),
          "Complément demandé pour votre saisine " + referral.reference(),
          "L'opérateur demande un complément d'information ; la question se lit sur la page de la saisine.",
          "complément d'information", referral.getInformationDueAt());
    }
    return referral.getInformationDueAt();
  }

  /** The agent answered: the clock of the current level restarts with what was left of it. */
  @Transactional
  public Map<String, Object> resume(UUID id, String information, String by) {
    Referral referral = load(id);
    Instant now = clock.instant();
    Instant deadline = deadlines.resumed(now, referral.pausedRemaining());
    if (referral.resume(information, deadline, deadlines.reminderFor(deadline, now))) {
      referrals.save(referral);
      history.record(ReferralProcess.CASE_TYPE, id, by, "INFORMATION_PROVIDED", "Complément fourni par l'agent.");
    }
    return currentDeadlineVariables(referral);
  }

  @Transactional
  public Map<String, Object> reroute(UUID id, String newOperator, String by) {
    Referral referral = load(id);
    Instant now = clock.instant();
    String previous = referral.getOperatorCode();
    Instant dueAt = deadlines.answerDue(now);
    if (referral.reroute(newOperator, dueAt, deadlines.reminderFor(dueAt, now))) {
      referrals.save(referral);
      history.record(ReferralProcess.CASE_TYPE, id, by, "REROUTED",
          "Ne relève pas de " + referenceData.operatorName(previous) + " : réorientée vers "
              + referenceData.operatorName(newOperator) + ".");
    }
    return currentDeadlineVariables(referral);
  }

  @Transactional
  public Instant close(UUID id, String by, String reason) {
    Referral referral = load(id);
    Instant now = clock.instant();
    if (referral.close(now, deadlines.anonymisation(now))) {
      referrals.save(referral);
      referrals.waitAt(id, ReferralProcess.WAIT_ANONYMISATION);
      history.record(ReferralProcess.CASE_TYPE, id, by, "CLOSED", reason);
    }
    return referral.getAnonymiseAt();
  }

  @Transactional
  public void anonymise(UUID id) {
    Referral referral = load(id);
    if (referral.anonymise(clock.instant())) {
      referrals.save(referral);
      attachments.deleteAll(id);
      referrals.waitAt(id, null);
      history.record(ReferralProcess.CASE_TYPE, id, CaseHistory.SYSTEM, "ANONYMISED",
          "Données personnelles effacées ; délais conservés pour les statistiques.");
    }
  }

  /** A referral task appeared: remember where the case waits and who was offered it. */
  @EventListener
  @Transactional
  public void onTaskOpened(TaskOpened event) {
    if (!ReferralProcess.ID.equals(event.task().processId()) || event.task().businessKey() == null) {
      return;
    }
    UUID id = UUID.fromString(event.task().businessKey());
    if (referrals.waitAt(id, event.task().elementId()) == 1) {
      event.task().candidateGroups().forEach(group -> referrals.addCandidate(id, group, clock.instant()));
    }
  }

  /**
   * Tells a group of an event of the case: its reference, the step, the due date and a link, never what the citizen
   * or the operator wrote (the page shows that to whoever may read it).
   */
  private boolean tell(Referral referral, String event, String group, String subject, String what, String step,
      Instant dueAt) {
    String body = "Bonjour,\n\n" + what + "\n\nSaisine : " + referral.reference() + " ("
        + referenceData.operatorName(referral.getOperatorCode()) + ", département " + referral.getDepartmentCode()
        + ")\nÉtape : " + step
        + (dueAt == null ? "" : "\nÉchéance : " + ReferralTexts.dateTime(dueAt) + " (heure de Paris)")
        + "\n\nOuvrir la saisine : " + links.to("/referrals/" + referral.getId());
    return notifications.enqueue(referral.getId() + ":" + event, group, subject, body);
  }

  public ReferralView view(UUID id, RelaisUser user) {
    Referral referral = load(id);
    access.checkCanRead(user, referral, referrals.candidateGroups(id));
    return fullView(referral);
  }

  /**
   * The case as the page of one of its steps shows it. No reader check here: only a candidate of the step opens its
   * task, and every candidate of a step is recorded as a reader of the case (onTaskOpened).
   */
  ReferralView viewForTask(UUID id) {
    return fullView(load(id));
  }

  private ReferralView fullView(Referral referral) {
    return ReferralView.of(referral, referenceData, history.of(ReferralProcess.CASE_TYPE, referral.getId()),
        attachments.of(referral.getId()), clock.instant());
  }

  public List<ReferralView> visibleTo(RelaisUser user) {
    return listed(access.visibleTo(user));
  }

  /**
   * The cases the user may read that match what they typed: a whole reference finds its case however old, anything
   * else is looked for in the references and subjects of the cases they see.
   */
  public List<ReferralView> search(RelaisUser user, String query) {
    String wanted = query == null ? "" : query.strip().toUpperCase(Locale.ROOT);
    if (wanted.isEmpty()) {
      return visibleTo(user);
    }
    Optional<Referral> byReference = referrals.findByReference(wanted)
        .filter(referral -> access.canRead(user, referral, referrals.candidateGroups(referral.getId())));
    return listed(byReference.map(List::of).orElseGet(() -> access.visibleTo(user).stream()
        .filter(referral -> referral.reference().contains(wanted)
            || referral.getSubject().toUpperCase(Locale.ROOT).contains(wanted))
        .toList()));
  }

  private List<ReferralView> listed(List<Referral> found) {
    return found.stream()
        .map(referral -> ReferralView.of(referral, referenceData, List.of(), List.of(), clock.instant()))
        .toList();
  }

  public List<RoutingGap> routingGaps(Optional<String> department) {
    return routingGaps.find(department);
  }

  private static Map<String, Object> currentDeadlineVariables(Referral referral) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("escalationLevel", referral.getEscalationLevel());
    if (referral.getEscalationLevel() == 0) {
      variables.put("dueAt", referral.getDueAt().toString());
      variables.put("reminderAt", referral.getReminderAt().toString());
    } else if (referral.getEscalationLevel() == 1) {
      variables.put("escalationDueAt", referral.getEscalationDueAt().toString());
    }
    return variables;
  }

  private Referral load(UUID id) {
    return referrals.findById(id).orElseThrow(() -> new NotFoundException("Saisine introuvable."));
  }
}
