package fr.relais.training;

import fr.relais.history.CaseHistory;
import fr.relais.history.HistoryEntry;
import fr.relais.notification.CalendarInvite;
import fr.relais.notification.Notifications;
import fr.relais.security.CandidateGroups;
import fr.relais.web.Countdown;
import fr.relais.web.NotFoundException;
import fr.relais.web.PublicLinks;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of an agent's initial training, for its workers and for the trainer's attendance. Worker-facing methods
 * are idempotent: a redelivered job finds the step done and answers as the first time.
 */
@Service
public class TrainingService {

  private final Agents agents;
  private final TrainingModules modules;
  private final TrainingSessions sessions;
  private final Enrolments enrolments;
  private final CaseHistory history;
  private final Notifications notifications;
  private final PublicLinks links;
  private final Clock clock;

  TrainingService(Agents agents, TrainingModules modules, TrainingSessions sessions, Enrolments enrolments,
      CaseHistory history, Notifications notifications, PublicLinks links, Clock clock) {
    this.agents = agents;
    this.modules = modules;
    this.sessions = sessions;
    this.enrolments = enrolments;
    this.history = history;
    this.notifications = notifications;
    this.links = links;
    this.clock = clock;
  }

  /** The first required module the agent has not attended, in the programme's order; empty when all are. */
  public Optional<String> nextModule(UUID agentId) {
    Set<String> attended = enrolments.ofAgent(agentId).stream().filter(Enrolment::isAttended)
        .map(Enrolment::moduleCode).collect(Collectors.toSet());
    return modules.required().stream().map(TrainingModule::code).filter(code -> !attended.contains(code)).findFirst();
  }

  /**
   * Takes a seat for the agent in the soonest session of the module with one free, in their department or, when it is
   * open to it, their region; an enrolment already open for the module is the answer to a redelivered job.
   */
  @Transactional
  public Optional<Seat> enrol(UUID agentId, String module) {
    Agent agent = load(agentId);
    Optional<Enrolment> open = enrolments.open(agentId, module);
    if (open.isPresent()) {
      return open.map(enrolment -> Seat.of(sessions.find(enrolment.sessionId()).orElseThrow()));
    }
    for (TrainingSession session : sessions.withFreeSeat(module, agent.departmentCode(), clock.instant())) {
      if (sessions.takeSeat(session.id())) {
        enrolments.insert(UUID.randomUUID(), agentId, session, clock.instant());
        record(agentId, CaseHistory.SYSTEM, "ENROLLED", "Inscrit(e) à la session « " + title(module) + " » du "
            + Countdown.format(session.startsAt()) + " (" + session.place() + ").");
        return Optional.of(Seat.of(session));
      }
    }
    String noSession = "Aucune session « " + title(module) + " » avec une place libre dans le département "
        + agent.departmentCode() + " ou sa région : la préfecture est sollicitée.";
    // A redelivered job finds the same lack of seats: it is said once, not once per delivery.
    List<HistoryEntry> said = history.of(TrainingProcess.CASE_TYPE, agentId);
    if (said.isEmpty() || !said.getLast().detail().equals(noSession)) {
      record(agentId, CaseHistory.SYSTEM, "NO_SESSION_AVAILABLE", noSession);
    }
    return Optional.empty();
  }

  /** The agent's convocation, sent once per session to the structure's accounts. */
  @Transactional
  public void sendConvocation(UUID agentId, UUID sessionId) {
    Agent agent = load(agentId);
    TrainingSession session = sessions.find(sessionId).orElseThrow();
    String title = title(session.moduleCode());
    CalendarInvite invite = new CalendarInvite("convocation-" + agentId + "-" + sessionId + "@relais", session.startsAt(),
        session.endsAt(), "Formation France Services : " + title, session.place());
    if (notifications.enqueue(agentId + ":convocation:" + sessionId, CandidateGroups.agent(agent.structureId().toString()),
        "Convocation à la formation : " + title + " (" + Countdown.format(session.startsAt()) + ")",
        "Bonjour,\n\n" + agent.fullName() + " est convoqué(e) à la formation « " + title + " ».\n\nDu "
            + Countdown.format(session.startsAt()) + " au " + Countdown.format(session.endsAt())
            + " (heure de Paris)\nLieu : " + session.place()
            + "\n\nL'invitation jointe ajoute la session à votre agenda.\nSuivi de la formation : "
            + links.to("/training/agents/" + agentId),
        invite.toAttachment(clock.instant()))) {
      record(agentId, CaseHistory.SYSTEM, "CONVENED", "Convocation envoyée pour la session du "
          + Countdown.format(session.startsAt()) + ".");
    }
  }

  /** The trainer's record of one agent at one session, kept when they submit it. */
  @Transactional
  public void recordAttendance(UUID agentId, UUID sessionId, String attendance, String comment, String trainer) {
    if (enrolments.recordAttendance(agentId, sessionId, attendance, trainer, comment, clock.instant())) {
      TrainingSession session = sessions.find(sessionId).orElseThrow();
      record(agentId, trainer, TrainingProcess.ATTENDED.equals(attendance) ? "ATTENDED" : "ABSENT",
          (TrainingProcess.ATTENDED.equals(attendance) ? "Présent(e)" : "Absent(e) : une autre session lui sera"
              + " proposée") + " — « " + title(session.moduleCode()) + " » du " + Countdown.format(session.startsAt())
              + (comment == null ? "." : ". " + comment));
    }
  }

  @Transactional
  public void certify(UUID agentId) {
    Agent agent = load(agentId);
    if (agents.certify(agentId, clock.instant())) {
      record(agentId, CaseHistory.SYSTEM, "CERTIFIED", "Formation initiale suivie en entier : agent certifié(e).");
      notifications.enqueue(agentId + ":certified", CandidateGroups.agent(agent.structureId().toString()),
          "Formation terminée : " + agent.fullName(), agent.fullName() + " a suivi toute la formation initiale.");
    }
  }

  /** Each required module with where the agent stands in it, for their training record. */
  public List<ModuleProgress> progress(UUID agentId) {
    List<Enrolment> all = enrolments.ofAgent(agentId);
    return modules.required().stream().map(module -> ModuleProgress.of(module, all.stream()
            .filter(enrolment -> enrolment.moduleCode().equals(module.code())).toList(),
        sessions::find)).toList();
  }

  Agent load(UUID agentId) {
    return agents.find(agentId).orElseThrow(() -> new NotFoundException("Agent introuvable."));
  }

  private String title(String module) {
    return modules.find(module).map(TrainingModule::title).orElse(module);
  }

  private void record(UUID agentId, String by, String event, String detail) {
    history.record(TrainingProcess.CASE_TYPE, agentId, by, event, detail);
  }

  /** Where an agent is convened: the variables the BPMN waits and assigns with. */
  public record Seat(UUID sessionId, Instant endsAt, String trainerBody) {

    static Seat of(TrainingSession session) {
      return new Seat(session.id(), session.endsAt(), session.trainerBody());
    }
  }
}
