package fr.relais.training;

import fr.relais.forms.FormContract;
import fr.relais.forms.FormDefinition;
import fr.relais.forms.FormOption;
import fr.relais.forms.FormOptions;
import fr.relais.forms.FormRegistry;
import fr.relais.forms.FormSubmission;
import fr.relais.forms.FormValidator;
import fr.relais.history.CaseHistory;
import fr.relais.security.RelaisUser;
import fr.relais.security.Role;
import fr.relais.structure.ReferenceData;
import fr.relais.web.InvalidInputException;
import fr.relais.web.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training calendar: the prefecture sets places, dates and capacities for its department (the training-session
 * form is the contract of the page and the API); training bodies see the sessions they give.
 */
@Service
public class TrainingSessionService {

  static final String CASE_TYPE = "TRAINING_SESSION";
  /** The longest session: the common base is 2.5 days; a week covers any module given in one go. */
  private static final Duration LONGEST = Duration.ofDays(7);

  private final TrainingSessions sessions;
  private final Enrolments enrolments;
  private final TrainingModules modules;
  private final ReferenceData referenceData;
  private final TrainingAccess access;
  private final FormRegistry forms;
  private final FormValidator validator;
  private final CaseHistory history;
  private final Clock clock;

  TrainingSessionService(TrainingSessions sessions, Enrolments enrolments, TrainingModules modules,
      ReferenceData referenceData, TrainingAccess access, FormRegistry forms,
      FormValidator validator, CaseHistory history, Clock clock) {
    this.sessions = sessions;
    this.enrolments = enrolments;
    this.modules = modules;
    this.referenceData = referenceData;
    this.access = access;
    this.forms = forms;
    this.validator = validator;
    this.history = history;
    this.clock = clock;
  }

  public void checkCanSchedule(RelaisUser user) {
    access.checkCanSchedule(user, null);
  }

  /** The session form as the user may fill it: their own department is the only one offered. */
  public FormDefinition form() {
    return contractFor(null).definition();
  }

  public FormOptions formOptions(RelaisUser user) {
    return contractFor(user).options();
  }

  @Transactional
  public TrainingSession create(RelaisUser prefect, Map<String, Object> input) {
    access.checkCanSchedule(prefect, department(input));
    Schedule schedule = validate(prefect, input);
    TrainingSession session = new TrainingSession(UUID.randomUUID(), schedule.module(), schedule.place(),
        schedule.start(), schedule.end(), schedule.capacity(), 0, schedule.trainerBody(), prefect.department(),
        schedule.openToRegion(), prefect.username());
    sessions.insert(session, clock.instant());
    history.record(CASE_TYPE, session.id(), prefect.username(), "SESSION_CREATED", describe(session));
    return session;
  }

  /** Place, capacity and reach may change; the dates only while nobody is enrolled (their convocations stand). */
  @Transactional
  public TrainingSession update(RelaisUser prefect, UUID id, Map<String, Object> input) {
    TrainingSession current = load(id);
    access.checkCanSchedule(prefect, current.departmentCode());
    access.checkCanSchedule(prefect, department(input));
    Schedule schedule = validate(prefect, input);
    if (!schedule.module().equals(current.moduleCode()) || !schedule.trainerBody().equals(current.trainerBody())) {
      throw new InvalidInputException(Map.of("module", "Le module et l'organisme d'une session ne changent pas :"
          + " créez une autre session."));
    }
    if (!sessions.update(id, schedule.place(), schedule.capacity(), schedule.start(), schedule.end(),
        schedule.openToRegion())) {
      throw new InvalidInputException(current.seatsTaken() > schedule.capacity()
          ? Map.of("capacity", current.seatsTaken() + " agent(s) y sont déjà inscrits : pas moins de places.")
          : Map.of("start", "Des agents sont convoqués : les dates ne changent plus (créez une autre session)."));
    }
    TrainingSession updated = load(id);
    history.record(CASE_TYPE, id, prefect.username(), "SESSION_UPDATED", describe(updated));
    return updated;
  }

  /** The calendar a user sees: their department's (prefect), the sessions they give (trainer), any (ANCT). */
  public List<TrainingSession> calendar(RelaisUser user, String department) {
    Instant from = clock.instant().minus(Duration.ofDays(30));
    return switch (user.role()) {
      case ANCT -> sessions.inDepartment(department, from);
      case PREFECT -> {
        access.checkCanSchedule(user, department);
        yield sessions.inDepartment(user.department(), from);
      }
      case TRAINER -> sessions.givenBy(user.trainingBody(), from);
      default -> throw new AccessDeniedException("the training calendar is for prefectures, trainers and ANCT");
    };
  }

  public SessionView view(RelaisUser user, UUID id) {
    TrainingSession session = load(id);
    access.checkCanRead(user, session);
    return new SessionView(session, moduleTitle(session.moduleCode()), enrolments.attendees(id),
        history.of(CASE_TYPE, id));
  }

  public String moduleTitle(String code) {
    return modules.find(code).map(TrainingModule::title).orElse(code);
  }

  private Schedule validate(RelaisUser prefect, Map<String, Object> input) {
    FormSubmission submission = contractFor(prefect).submit(input);
    Map<String, String> errors = new LinkedHashMap<>(submission.errors());
    Map<String, Object> values = submission.values();
    if (errors.isEmpty()) {
      Instant start = OffsetDateTime.parse((String) values.get("start")).toInstant();
      Instant end = OffsetDateTime.parse((String) values.get("end")).toInstant();
      if (!end.isAfter(start)) {
        errors.put("end", "La session se termine après son début.");
      } else if (Duration.between(start, end).compareTo(LONGEST) > 0) {
        errors.put("end", "Une session dure au plus sept jours.");
      }
      if (!start.isAfter(clock.instant())) {
        errors.put("start", "Une session se programme dans le futur.");
      }
      if (errors.isEmpty()) {
        return new Schedule((String) values.get("module"), (String) values.get("place"), start, end,
            ((Number) values.get("capacity")).intValue(), (String) values.get("trainerBody"),
            Boolean.TRUE.equals(values.get("openToRegion")));
      }
    }
    throw new InvalidInputException(errors);
  }

  private FormContract contractFor(RelaisUser user) {
    List<FormOption> departments = user == null || user.role() != Role.PREFECT ? List.of()
        : referenceData.departments().stream().filter(department -> department.code().equals(user.department()))
            .map(department -> new FormOption(department.code(), department.code() + " — " + department.name()))
            .toList();
    return new FormContract(forms, validator, TrainingProcess.SESSION_FORM, () -> FormOptions.of(Map.of(
        "modules", modules.required().stream().map(module -> new FormOption(module.code(), module.title())).toList(),
        "trainingBodies", referenceData.trainingBodyOptions(),
        "departments", departments)));
  }

  private static String department(Map<String, Object> input) {
    return input.get("department") instanceof String department ? department : null;
  }

  private String describe(TrainingSession session) {
    return moduleTitle(session.moduleCode()) + " — " + session.place() + ", " + session.capacity() + " places.";
  }

  private TrainingSession load(UUID id) {
    return sessions.find(id).orElseThrow(() -> new NotFoundException("Session introuvable."));
  }

  private record Schedule(String module, String place, Instant start, Instant end, int capacity, String trainerBody,
      boolean openToRegion) {}
}
