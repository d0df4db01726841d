package fr.relais.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/** Turns an HTML form post into the field map the form validator takes (a list where a key repeats). */
public final class FormPosts {

  private FormPosts() {}

  public static Map<String, Object> fields(MultiValueMap<String, String> post) {
    Map<String, Object> fields = new LinkedHashMap<>();
    post.forEach((key, values) -> {
      if (!key.equals("_csrf")) {
        fields.put(key, values.size() == 1 ? values.getFirst() : List.copyOf(values));
      }
    });
    return fields;
  }
}
