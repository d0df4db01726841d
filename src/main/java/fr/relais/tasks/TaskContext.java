package fr.relais.tasks;

import java.util.Map;

/**
 * What a task page shows above its form so the person can act without leaving it: the case's facts (a referral's
 * subject and citizen, an audit's structure and previous results...). {@code template} names a Thymeleaf file
 * holding a fragment {@code context(facts)}; {@code facts} is what that fragment reads.
 */
public record TaskContext(String template, Map<String, Object> facts) {

  public TaskContext {
    facts = Map.copyOf(facts);
  }
}
