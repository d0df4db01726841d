package fr.relais.training;

import fr.relais.security.RelaisUser;
import fr.relais.security.Role;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees and changes what in training: the prefecture sets its department's sessions; a training body sees the
 * sessions it gives and the agents in them; a structure sees and completes its own agents; ANCT sees everything.
 */
@Component
class TrainingAccess {

  private final Enrolments enrolments;

  TrainingAccess(Enrolments enrolments) {
    this.enrolments = enrolments;
  }

  void checkCanSchedule(RelaisUser user, String department) {
    if (user.role() != Role.PREFECT || (department != null && !department.equals(user.department()))) {
      throw new AccessDeniedException("a prefecture schedules the sessions of its own department");
    }
  }

  void checkCanRead(RelaisUser user, TrainingSession session) {
    boolean allowed = switch (user.role()) {
      case ANCT -> true;
      case PREFECT -> session.departmentCode().equals(user.department());
      case TRAINER -> session.trainerBody().equals(user.trainingBody());
      default -> false;
    };
    if (!allowed) {
      throw new AccessDeniedException("session outside the user's scope");
    }
  }

  void checkCanRead(RelaisUser user, Agent agent) {
    boolean allowed = switch (user.role()) {
      case ANCT -> true;
      case PREFECT -> agent.departmentCode().equals(user.department());
      case AGENT -> agent.structureId().equals(user.structureId());
      case TRAINER -> enrolments.inSessionGivenBy(agent.id(), user.trainingBody());
      default -> false;
    };
    if (!allowed) {
      throw new AccessDeniedException("agent outside the user's scope");
    }
  }

  /** A structure's agents and readiness: its own accounts, its prefecture, ANCT. */
  void checkCanReadStructure(RelaisUser user, UUID structureId, String department) {
    boolean allowed = switch (user.role()) {
      case ANCT -> true;
      case PREFECT -> department.equals(user.department());
      case AGENT -> structureId.equals(user.structureId());
      default -> false;
    };
    if (!allowed) {
      throw new AccessDeniedException("structure outside the user's scope");
    }
  }

  /** Only the structure itself adds an agent to its team. */
  void checkCanAddAgent(RelaisUser user, UUID structureId) {
    if (user.role() != Role.AGENT || !structureId.equals(user.structureId())) {
      throw new AccessDeniedException("only the structure's own accounts add its agents");
    }
  }
}
