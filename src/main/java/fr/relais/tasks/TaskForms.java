package fr.relais.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.forms.FormDefinition;
import fr.relais.forms.FormOptions;
import fr.relais.forms.FormRegistry;
import fr.relais.forms.FormSubmission;
import fr.relais.forms.FormValidator;
import fr.relais.history.CaseRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A task's form: its schema from forms/, plus what the feature owning the step adds ({@link TaskForm}). */
@Component
class TaskForms {

  private static final TaskForm PLAIN = task -> true;

  private final FormRegistry forms;
  private final FormValidator validator;
  private final List<TaskForm> features;
  private final ObjectMapper json;

  TaskForms(FormRegistry forms, FormValidator validator, List<TaskForm> features, ObjectMapper json) {
    this.forms = forms;
    this.validator = validator;
    this.features = features;
    this.json = json;
  }

  FormDefinition definition(Task task) {
    return forms.find(task.formKey()).orElseThrow(() -> new IllegalStateException("no form " + task.formKey()));
  }

  JsonNode schema(Task task) {
    try {
      return json.readTree(forms.schemaJson(task.formKey()).orElse("null"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("form " + task.formKey() + " is not JSON", e);
    }
  }

  Map<String, Object> openingValues(Task task) {
    return featureOf(task).openingValues(task);
  }

  FormOptions options(Task task) {
    return featureOf(task).options(task);
  }

  /** The schema's rules first; the feature's own rules only on values the schema accepted; errors in its words. */
  FormSubmission validate(Task task, Map<String, Object> input) {
    TaskForm feature = featureOf(task);
    FormSubmission submission = validator.validate(definition(task), input, feature.options(task),
        feature.openingValues(task));
    Map<String, String> errors = submission.errors().isEmpty()
        ? feature.check(task, submission.values()) : submission.errors();
    return new FormSubmission(submission.values(), feature.worded(task, errors));
  }

  String caseLink(Task task) {
    return featureOf(task).caseLink(task);
  }

  Optional<TaskContext> context(Task task) {
    return featureOf(task).context(task);
  }

  Optional<String> whyWithdrawn(Task task) {
    return featureOf(task).whyWithdrawn(task);
  }

  Optional<String> fieldsTemplate(Task task) {
    return featureOf(task).fieldsTemplate(task);
  }

  Optional<CaseRef> historyCase(Task task) {
    return featureOf(task).historyCase(task);
  }

  boolean recordsOnSubmit(Task task) {
    return featureOf(task).recordsOnSubmit(task);
  }

  void accept(Task task, String username, Map<String, Object> values) {
    featureOf(task).accept(task, username, values);
  }

  private TaskForm featureOf(Task task) {
    return features.stream().filter(feature -> feature.handles(task)).findFirst().orElse(PLAIN);
  }
}
