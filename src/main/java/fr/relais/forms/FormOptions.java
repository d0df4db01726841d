package fr.relais.forms;

import java.util.List;
import java.util.Map;

/**
 * Option lists a form takes from data rather than from its JSON ({@code valuesKey}), e.g. {@code "operators"}.
 * A key nobody supplies yields no option, so every value for it is refused: a missing list fails closed.
 */
@FunctionalInterface
public interface FormOptions {

  List<FormOption> forKey(String valuesKey);

  static FormOptions none() {
    return key -> List.of();
  }

  static FormOptions of(Map<String, List<FormOption>> lists) {
    Map<String, List<FormOption>> copy = Map.copyOf(lists);
    return key -> copy.getOrDefault(key, List.of());
  }

  static FormOptions of(String valuesKey, List<FormOption> options) {
    return of(Map.of(valuesKey, options));
  }
}
