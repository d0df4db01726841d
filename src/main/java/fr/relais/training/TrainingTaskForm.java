package fr.relais.training;

import fr.relais.forms.DeferredDate;
import fr.relais.history.CaseHistory;
import fr.relais.history.CaseRef;
import fr.relais.structure.ReferenceData;
import fr.relais.structure.StructureSummary;
import fr.relais.tasks.Task;
import fr.relais.tasks.TaskContext;
import fr.relais.tasks.TaskForm;
import fr.relais.web.Countdown;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The training steps in the task list: the prefecture's task says which module lacks a session and is refused until
 * one with a free seat exists; the trainer's attendance names the agent and the session; the opening decision shows
 * how many agents are trained. Each page shows the case (the agent's modules, the session, the structure's team and
 * planned opening). Each is recorded on the case, with who and why, when it is submitted.
 */
@Component
class TrainingTaskForm implements TaskForm {

  private final TrainingService training;
  private final TrainingModules modules;
  private final TrainingSessions sessions;
  private final StructureOpening opening;
  private final StructureOpenings openings;
  private final Agents agents;
  private final ReferenceData referenceData;
  private final CaseHistory history;
  private final Clock clock;

  TrainingTaskForm(TrainingService training, TrainingModules modules, TrainingSessions sessions,
      StructureOpening opening, StructureOpenings openings, Agents agents, ReferenceData referenceData,
      CaseHistory history, Clock clock) {
    this.training = training;
    this.modules = modules;
    this.sessions = sessions;
    this.opening = opening;
    this.openings = openings;
    this.agents = agents;
    this.referenceData = referenceData;
    this.history = history;
    this.clock = clock;
  }

  @Override
  public boolean handles(Task task) {
    return (TrainingProcess.ID.equals(task.processId()) || TrainingProcess.OPENING_ID.equals(task.processId()))
        && task.businessKey() != null;
  }

  @Override
  public Map<String, Object> openingValues(Task task) {
    return switch (task.elementId()) {
      case TrainingProcess.CREATE_SESSIONS_TASK -> Map.of("missing", missing(task));
      case TrainingProcess.RECORD_ATTENDANCE_TASK -> attendanceContext(task);
      case TrainingProcess.DECIDE_OPENING_TASK -> Map.of("readiness", readinessText(id(task)));
      default -> Map.of();
    };
  }

  private String missing(Task task) {
    Agent agent = training.load(id(task));
    return moduleTitle(module(task)) + " — pour " + agent.fullName()
        + " (" + agent.structureName() + ", département " + agent.departmentCode() + ").";
  }

  private Map<String, Object> attendanceContext(Task task) {
    TrainingSession session = sessions.find(sessionId(task)).orElseThrow();
    return Map.of("agentName", training.load(id(task)).fullName(), "sessionLabel",
        moduleTitle(session.moduleCode()) + " — du "
            + Countdown.format(session.startsAt()) + " au " + Countdown.format(session.endsAt()) + ", "
            + session.place());
  }

  private String readinessText(UUID structureId) {
    Readiness readiness = opening.readiness(structureId);
    return readiness.certifiedAgents() + " agent(s) formé(s) sur " + readiness.required() + " requis pour ouvrir.";
  }

  /**
   * The prefecture sees the agent waiting and their modules; the trainer the session and the agent's modules; the
   * opening decision the structure's team, its planned opening and what was decided before (its history).
   */
  @Override
  public Optional<TaskContext> context(Task task) {
    Map<String, Object> facts = new HashMap<>();
    switch (task.elementId()) {
      case TrainingProcess.CREATE_SESSIONS_TASK -> {
        putAgent(facts, id(task));
        facts.put("missingModule", moduleTitle(module(task)));
        facts.put("history", history.of(TrainingProcess.CASE_TYPE, id(task)));
      }
      case TrainingProcess.RECORD_ATTENDANCE_TASK -> {
        putAgent(facts, id(task));
        TrainingSession session = sessions.find(sessionId(task)).orElseThrow();
        facts.put("session", session);
        facts.put("sessionTitle", moduleTitle(session.moduleCode()));
      }
      case TrainingProcess.DECIDE_OPENING_TASK -> {
        UUID structureId = id(task);
        facts.put("structure", referenceData.structure(structureId).orElseThrow());
        openings.find(structureId).map(StructureOpenings.Opening::plannedOpening)
            .ifPresent(planned -> facts.put("plannedOpening", planned));
        facts.put("readiness", opening.readiness(structureId));
        facts.put("team", agents.ofStructure(structureId));
        facts.put("history", history.of(StructureSummary.CASE_TYPE, structureId));
      }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(new TaskContext("training/task-context", facts));
  }

  private void putAgent(Map<String, Object> facts, UUID agentId) {
    facts.put("agent", training.load(agentId));
    facts.put("modules", training.progress(agentId));
  }

  @Override
  public Map<String, String> check(Task task, Map<String, Object> values) {
    if (TrainingProcess.CREATE_SESSIONS_TASK.equals(task.elementId())) {
      Agent agent = training.load(id(task));
      if (!Boolean.TRUE.equals(values.get("sessionsCreated"))) {
        return Map.of("sessionsCreated", "Confirmez que des sessions ont été créées.");
      }
      if (sessions.withFreeSeat(module(task), agent.departmentCode(), clock.instant()).isEmpty()) {
        return Map.of("sessionsCreated", "Aucune session à venir de ce module n'a de place libre dans le département"
            + " ou sa région : créez-en une dans le calendrier des formations.");
      }
    }
    if (!DeferredDate.isAcceptable(values.get("newOpeningDate"), LocalDate.now(clock.withZone(Countdown.PARIS)))) {
      return Map.of("newOpeningDate", "L'ouverture est reportée à une date future, dans l'année.");
    }
    return Map.of();
  }

  @Override
  public boolean recordsOnSubmit(Task task) {
    return TrainingProcess.RECORD_ATTENDANCE_TASK.equals(task.elementId())
        || TrainingProcess.DECIDE_OPENING_TASK.equals(task.elementId());
  }

  @Override
  public void accept(Task task, String username, Map<String, Object> values) {
    switch (task.elementId()) {
      case TrainingProcess.RECORD_ATTENDANCE_TASK -> training.recordAttendance(id(task),
          sessionId(task), (String) values.get("attendance"),
          (String) values.get("comment"), username);
      case TrainingProcess.DECIDE_OPENING_TASK -> opening.decide(id(task), (String) values.get("openingDecision"),
          values.get("newOpeningDate") instanceof String date ? LocalDate.parse(date) : null,
          (String) values.get("reason"), username);
      default -> { }
    }
  }

  @Override
  public Optional<CaseRef> historyCase(Task task) {
    return Optional.of(new CaseRef(TrainingProcess.ID.equals(task.processId()) ? TrainingProcess.CASE_TYPE
        : StructureSummary.CASE_TYPE, id(task)));
  }

  /** Training cases are read from the agent's record; the opening from the structure's page. */
  @Override
  public String caseLink(Task task) {
    return TrainingProcess.ID.equals(task.processId()) ? "/training/agents/" + task.businessKey()
        : "/structures/" + task.businessKey();
  }

  private static UUID id(Task task) {
    return UUID.fromString(task.businessKey());
  }

  private String moduleTitle(String code) {
    return modules.find(code).map(TrainingModule::title).orElse(code);
  }

  private static UUID sessionId(Task task) {
    return UUID.fromString((String) task.variables().get("sessionId"));
  }

  private static String module(Task task) {
    return (String) task.variables().get("module");
  }
}
