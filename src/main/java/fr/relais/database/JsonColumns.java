package fr.relais.database;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * Values kept as jsonb (a declaration, audit results, task variables...): written and read with the application's
 * JSON settings. A stored value that no longer reads is a broken invariant, not bad input: it fails loudly.
 */
@Component
public class JsonColumns {

  private final ObjectMapper json;

  JsonColumns(ObjectMapper json) {
    this.json = json;
  }

  public String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not storable as JSON: " + value.getClass().getSimpleName(), e);
    }
  }

  /** Null for a null column. */
  public <T> T read(String text, Class<T> type) {
    try {
      return text == null ? null : json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable", e);
    }
  }

  /** Null for a null column. */
  public <T> T read(String text, TypeReference<T> type) {
    try {
      return text == null ? null : json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.getType() + " is not readable", e);
    }
  }
}
