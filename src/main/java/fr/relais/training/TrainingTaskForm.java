package fr.relais.training;

import fr.relais.structure.StructureSummary;
import java.util.Optional;
import fr.relais.history.CaseRef;
import fr.relais.forms.DeferredDate;
import fr.relais.tasks.Task;
import fr.relais.tasks.TaskForm;
import fr.relais.web.Countdown;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The training steps in the task list: the prefecture's task says which module lacks a session and is refused until
 * one with a free seat exists; the trainer's attendance names the agent and the session; the opening decision shows
 * how many agents are trained. Each is recorded on the case, with who and why, when it is submitted.
 */
@Component
class TrainingTaskForm implements TaskForm {

  private final TrainingService training;
  private final TrainingModules modules;
  private final TrainingSessions sessions;
  private final StructureOpening opening;
  private final Clock clock;

  TrainingTaskForm(TrainingService training, TrainingModules modules, TrainingSessions sessions,
      StructureOpening opening, Clock clock) {
    this.training = training;
    this.modules = modules;
    this.sessions = sessions;
    this.opening = opening;
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
    return modules.find(module(task)).map(TrainingModule::title).orElse(module(task)) + " — pour " + agent.fullName()
        + " (" + agent.structureName() + ", département " + agent.departmentCode() + ").";
  }

  private Map<String, Object> attendanceContext(Task task) {
    TrainingSession session = sessions.find(UUID.fromString((String) task.variables().get("sessionId"))).orElseThrow();
    return Map.of("agentName", training.load(id(task)).fullName(), "sessionLabel",
        modules.find(session.moduleCode()).map(TrainingModule::title).orElse(session.moduleCode()) + " — du "
            + Countdown.format(session.startsAt()) + " au " + Countdown.format(session.endsAt()) + ", "
            + session.place());
  }

  private String readinessText(UUID structureId) {
    Readiness readiness = opening.readiness(structureId);
    return readiness.certifiedAgents() + " agent(s) formé(s) sur " + readiness.required() + " requis pour ouvrir.";
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
          UUID.fromString((String) task.variables().get("sessionId")), (String) values.get("attendance"),
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

  private static String module(Task task) {
    return (String) task.variables().get("module");
  }
}
