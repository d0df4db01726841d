package fr.relais.home;

import fr.relais.security.RelaisUser;
import fr.relais.security.Role;
import fr.relais.tasks.Task;
import fr.relais.training.TrainingProcess;
import fr.relais.training.TrainingSession;
import fr.relais.training.TrainingSessionService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A trainer's sessions whose attendance is due: each with how many agents still wait for it. */
@Component
@Order(6)
class TrainerHome implements HomeSection {

  /** A session of the trainer's body with attendance tasks still open. */
  record AttendanceDue(TrainingSession session, String moduleTitle, long agents) {}

  private final TrainingSessionService training;
  private final HomeTasks tasks;

  TrainerHome(TrainingSessionService training, HomeTasks tasks) {
    this.training = training;
    this.tasks = tasks;
  }

  @Override
  public Optional<HomePanel> panelFor(RelaisUser user) {
    if (!user.hasRole(Role.TRAINER)) {
      return Optional.empty();
    }
    // Each enrolled agent's training case has its own attendance task, which names the session.
    Map<String, Long> agentsBySession = tasks.open(user, HomeTasks.at(TrainingProcess.RECORD_ATTENDANCE_TASK)).stream()
        .map(Task::variables)
        .map(variables -> String.valueOf(variables.get("sessionId")))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    List<AttendanceDue> due = training.calendar(user, null).stream()
        .filter(session -> agentsBySession.containsKey(session.id().toString()))
        .map(session -> new AttendanceDue(session, training.moduleTitle(session.moduleCode()),
            agentsBySession.get(session.id().toString())))
        .toList();
    return Optional.of(new HomePanel("home/trainer", Map.of("sessions", due)));
  }
}
