package fr.relais.security;

import java.util.List;

/**
 * The one function from a user's role and scope to the candidate groups BPMN tasks name. Listing,
 * viewing, claiming and submitting tasks all ask this function, so a scope can never mean one thing
 * in the list and another on submit.
 */
public final class CandidateGroups {

  public static final String ANCT = "anct";
  public static final String ADMIN = "admin";
  public static final String MYSTERY_VISITORS = "mystery-visitors";

  private CandidateGroups() {}

  public static List<String> of(RelaisUser user) {
    return switch (user.role()) {
      case ADMIN -> List.of(ADMIN);
      case ANCT -> List.of(ANCT);
      case PREFECT -> List.of(prefect(user.department()));
      case AUDITOR -> List.of("auditor");
      case AGENT -> List.of(agent(user.structureId().toString()));
      case REFERENT -> List.of(referent(user.operator(), user.department()));
      case ESCALATION -> List.of(escalationPool(user.operator()));
      case VISITOR -> List.of(MYSTERY_VISITORS);
      case TRAINER -> List.of(trainer(user.trainingBody()));
    };
  }

  public static String prefect(String department) {
    return "prefect:" + department;
  }

  public static String trainer(String trainingBody) {
    return "trainer:" + trainingBody;
  }

  public static String agent(String structureId) {
    return "agent:" + structureId;
  }

  public static String referent(String operator, String department) {
    return "referent:" + operator + ":" + department;
  }

  public static String escalationPool(String operator) {
    return "escalation:" + operator + ":national";
  }
}
