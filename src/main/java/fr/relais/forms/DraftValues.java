package fr.relais.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a draft keeps of a half-filled form: everything typed, in the shape it came (flat HTML names or nested
 * JSON), but nothing of a field the form's conditions hide and no character a draft cannot hold. A draft is never
 * refused for its content (that is what it is for), so control characters are dropped rather than reported; the
 * submission reports them. PostgreSQL's jsonb refuses NUL, and a refused draft write inside a submission would
 * roll back a valid answer.
 */
public final class DraftValues {

  private DraftValues() {}

  public static Map<String, Object> keep(FormDefinition form, Map<String, ?> input) {
    Set<String> hidden = FormView.of(form, input, Map.of(), FormOptions.none()).fields().stream()
        .filter(FieldView::hidden).map(FieldView::name).filter(name -> name != null)
        .collect(Collectors.toSet());
    return map(input, "", hidden);
  }

  private static Map<String, Object> map(Map<?, ?> map, String prefix, Set<String> hidden) {
    Map<String, Object> kept = new LinkedHashMap<>();
    map.forEach((key, value) -> {
      String name = String.valueOf(key);
      String path = prefix.isEmpty() ? name : prefix + "." + name;
      // A key holding a control character cannot be a field's: it goes with its value.
      if (printable(name).equals(name) && !isHidden(path, hidden)) {
        kept.put(name, value(value, path, hidden));
      }
    });
    return kept;
  }

  private static Object value(Object value, String path, Set<String> hidden) {
    return switch (value) {
      case String text -> printable(text);
      case Map<?, ?> nested -> map(nested, path, hidden);
      case List<?> list -> {
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
          kept.add(value(list.get(i), path + "[" + i + "]", hidden));
        }
        yield kept;
      }
      case null, default -> value;
    };
  }

  /** The field itself, or anything inside a hidden group or list item. */
  private static boolean isHidden(String path, Set<String> hidden) {
    return hidden.stream().anyMatch(name -> path.equals(name) || path.startsWith(name + ".")
        || path.startsWith(name + "["));
  }

  /** The text without control characters (tab and new lines kept) nor lone surrogates. */
  private static String printable(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        kept.append(c).append(text.charAt(++i));
      } else if (!FieldValues.isControl(c) && !Character.isSurrogate(c)) {
        kept.append(c);
      }
    }
    return kept.toString();
  }
}
