package fr.relais.tasks;

import fr.relais.forms.FormOptions;
import fr.relais.history.CaseRef;
import java.util.Map;
import java.util.Optional;

/**
 * What a feature adds to the generic form of its human steps: the values a form opens with, its data-driven
 * option lists, the rules its schema cannot say, what the feature records when a person submits it, and where the
 * case's page is. A feature
 * declares one as a bean for the steps it {@link #handles}; steps nobody handles open with their task's variables.
 */
public interface TaskForm {

  boolean handles(Task task);

  /** The values the form opens with; read-only fields keep them whatever a client sends. */
  default Map<String, Object> openingValues(Task task) {
    return task.variables();
  }

  default FormOptions options(Task task) {
    return FormOptions.none();
  }

  /** Field errors (by field name, e.g. {@code criteria[3].comment}) for rules beyond the schema; changes nothing. */
  default Map<String, String> check(Task task, Map<String, Object> values) {
    return Map.of();
  }

  /**
   * The field errors of a refused submission as this step words them, for messages that must say which part of the
   * case they are about (an audit row names its criterion); as the rules gave them by default.
   */
  default Map<String, String> worded(Task task, Map<String, String> errors) {
    return errors;
  }

  /**
   * Records what the submission says of the case, in the transaction that stores the submission: the engine is
   * told afterwards, so the fact is kept even while the engine is away.
   */
  default void accept(Task task, String username, Map<String, Object> values) {}

  /**
   * Whether {@link #accept} records something for this step: then a submission is first checked against the engine,
   * so nothing is recorded for a step the process has left.
   */
  default boolean recordsOnSubmit(Task task) {
    return false;
  }

  /** The case's facts shown above the form; nothing by default. */
  default Optional<TaskContext> context(Task task) {
    return Optional.empty();
  }

  /**
   * Why the process left this step, told by what became of the case ("the deadline passed: the case went to the
   * escalation pool"), for the page of a withdrawn task; empty when the case does not tell, and the page then gives
   * the reason stored at withdrawal.
   */
  default Optional<String> whyWithdrawn(Task task) {
    return Optional.empty();
  }

  /**
   * A Thymeleaf file whose fragment {@code fields(view, task)} renders this step's fields instead of the generic
   * form (the audit checklist as a grid...); the generic form by default.
   */
  default Optional<String> fieldsTemplate(Task task) {
    return Optional.empty();
  }

  /** The case whose history tells what happens to this step outside its form (a claim released...). */
  default Optional<CaseRef> historyCase(Task task) {
    return Optional.empty();
  }

  /** The page of the case the step belongs to; by default {@code /<process id>s/<business key>}, e.g. /referrals/…. */
  default String caseLink(Task task) {
    return task.businessKey() == null ? null : "/" + task.processId() + "s/" + task.businessKey();
  }
}
