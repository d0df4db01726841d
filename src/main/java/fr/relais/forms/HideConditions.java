package fr.relais.forms;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Evaluates {@code conditional.hide} with the same FEEL engine Zeebe uses, so a condition behaves in Relais
 * as it does in Camunda's own form viewer. Expressions are parsed once (at load, which also rejects
 * malformed ones) and cached.
 */
final class HideConditions {

  private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();
  private static final Map<String, ParsedExpression> PARSED = new ConcurrentHashMap<>();

  private HideConditions() {}

  /** Throws when the expression is not valid FEEL; called by the parser so a bad form fails at start-up. */
  static void check(String expression) {
    parse(expression);
  }

  /**
   * True only when the expression evaluates to {@code true}. A failure (wrong types, an engine error) or a
   * non-boolean result leaves the field visible: an unexpected condition must not silently drop input.
   */
  static boolean isHidden(String expression, Map<String, Object> values) {
    if (expression == null || expression.isBlank()) {
      return false;
    }
    try {
      EvaluationResult result = FEEL.evaluate(parse(expression), values);
      return result.isSuccess() && Boolean.TRUE.equals(result.result());
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static ParsedExpression parse(String expression) {
    return PARSED.computeIfAbsent(expression, HideConditions::compile);
  }

  private static ParsedExpression compile(String expression) {
    String feel = expression.strip();
    ParseResult parsed = FEEL.parseExpression(feel.startsWith("=") ? feel.substring(1) : feel);
    if (parsed.isFailure()) {
      throw new FormSchemaException("invalid FEEL in conditional.hide '" + expression + "': "
          + parsed.failure().message());
    }
    return parsed.parsedExpression();
  }
}
