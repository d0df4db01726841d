package fr.relais.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The one function from a user's role and scope to the candidate groups BPMN tasks name. Listing,
 * viewing, claiming and submitting tasks all ask this function, so a scope can never mean one thing
 * in the list and another on submit.
 */
public final class CandidateGroups {

  public static final String ANCT = "anct";
  public static final String ADMIN = "admin";
  public static final String MYSTERY_VISITORS = "mystery-visitors";
  public static final String AUDITORS = "auditor";

  private static final String PREFECT = "prefect:";
  private static final String TRAINER = "trainer:";
  private static final String AGENT = "agent:";
  private static final String REFERENT = "referent:";
  private static final String ESCALATION = "escalation:";
  private static final String NATIONAL = ":national";

  private CandidateGroups() {}

  public static List<String> of(RelaisUser user) {
    return switch (user.role()) {
      case ADMIN -> List.of(ADMIN);
      case ANCT -> List.of(ANCT);
      case PREFECT -> List.of(prefect(user.department()));
      case AUDITOR -> List.of(AUDITORS);
      case AGENT -> List.of(agent(user.structureId().toString()));
      case REFERENT -> List.of(referent(user.operator(), user.department()));
      case ESCALATION -> List.of(escalationPool(user.operator()));
      case VISITOR -> List.of(MYSTERY_VISITORS);
      case TRAINER -> List.of(trainer(user.trainingBody()));
    };
  }

  public static String prefect(String department) {
    return PREFECT + department;
  }

  public static String trainer(String trainingBody) {
    return TRAINER + trainingBody;
  }

  public static String agent(String structureId) {
    return AGENT + structureId;
  }

  public static String referent(String operator, String department) {
    return REFERENT + operator + ":" + department;
  }

  public static String escalationPool(String operator) {
    return ESCALATION + operator + NATIONAL;
  }

  /**
   * The reverse of {@link #of}: the role and scope every member of a group has, so the people a task or a message
   * is for can be found. Empty for a string no account can hold.
   */
  public static Optional<GroupScope> scopeOf(String group) {
    if (group == null) {
      return Optional.empty();
    }
    String[] parts = group.split(":", -1);
    try {
      return Optional.ofNullable(switch (parts[0] + (parts.length > 1 ? ":" : "")) {
        case ADMIN -> parts.length == 1 ? new GroupScope(Role.ADMIN, null, null, null, null) : null;
        case ANCT -> parts.length == 1 ? new GroupScope(Role.ANCT, null, null, null, null) : null;
        case AUDITORS -> parts.length == 1 ? new GroupScope(Role.AUDITOR, null, null, null, null) : null;
        case MYSTERY_VISITORS -> parts.length == 1 ? new GroupScope(Role.VISITOR, null, null, null, null) : null;
        case PREFECT -> parts.length == 2 ? new GroupScope(Role.PREFECT, parts[1], null, null, null) : null;
        case TRAINER -> parts.length == 2 ? new GroupScope(Role.TRAINER, null, null, null, parts[1]) : null;
        case AGENT -> parts.length == 2 ? new GroupScope(Role.AGENT, null, null, UUID.fromString(parts[1]), null) : null;
        case REFERENT -> parts.length == 3 ? new GroupScope(Role.REFERENT, parts[2], parts[1], null, null) : null;
        case ESCALATION -> parts.length == 3 && group.endsWith(NATIONAL)
            ? new GroupScope(Role.ESCALATION, null, parts[1], null, null) : null;
        default -> null;
      });
    } catch (IllegalArgumentException notAStructureId) {
      return Optional.empty();
    }
  }

  /** What a group says of its members; fields the role has no scope for are null. */
  public record GroupScope(Role role, String department, String operator, UUID structureId, String trainingBody) {}
}
