package fr.relais.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of validating one submission: the cleaned values (declared, visible, typed and trimmed keys only,
 * ready to become process variables) and at most one French message per field name. Valid when no error.
 */
public record FormSubmission(Map<String, Object> values, Map<String, String> errors) {

  public FormSubmission {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
  }

  public boolean isValid() {
    return errors.isEmpty();
  }
}
