package fr.relais.forms;

import static fr.relais.forms.TestForms.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** conditional.hide through the FEEL engine Zeebe uses. */
class HideConditionsTest {

  @Test
  void anExpressionThatIsTrueHides() {
    assertThat(HideConditions.isHidden("=outcome != \"ANSWERED\"", input("outcome", "NEEDS_INFORMATION"))).isTrue();
  }

  @Test
  void anExpressionThatIsFalseShows() {
    assertThat(HideConditions.isHidden("=outcome != \"ANSWERED\"", input("outcome", "ANSWERED"))).isFalse();
  }

  @Test
  void aMissingVariableIsNullForFeel() {
    assertThat(HideConditions.isHidden("=outcome != \"ANSWERED\"", Map.of())).isTrue();
    assertThat(HideConditions.isHidden("=outcome = null", Map.of())).isTrue();
  }

  @Test
  void numbersListsAndNestedValuesAreReadAsFeelValues() {
    assertThat(HideConditions.isHidden("=age < 18", input("age", new BigDecimal("17")))).isTrue();
    assertThat(HideConditions.isHidden("=age < 18", input("age", 18L))).isFalse();
    assertThat(HideConditions.isHidden("=list contains(topics, \"WORK\")", input("topics", List.of("WORK"))))
        .isTrue();
    assertThat(HideConditions.isHidden("=address.city = \"Rennes\"", input("address", Map.of("city", "Rennes"))))
        .isTrue();
  }

  @Test
  void anExpressionThatFailsToEvaluateOrIsNotBooleanShows() {
    assertThat(HideConditions.isHidden("=assert(false, \"boom\")", Map.of())).isFalse();
    assertThat(HideConditions.isHidden("=\"yes\"", Map.of())).isFalse();
    assertThat(HideConditions.isHidden("=age > 3", input("age", "not a number"))).isFalse();
  }

  @Test
  void noExpressionMeansVisible() {
    assertThat(HideConditions.isHidden(null, Map.of())).isFalse();
    assertThat(HideConditions.isHidden("  ", Map.of())).isFalse();
  }

  @Test
  void aSyntaxErrorIsRefusedWhenTheFormIsLoaded() {
    assertThatThrownBy(() -> HideConditions.check("=outcome !=== (")).isInstanceOf(FormSchemaException.class)
        .hasMessageContaining("invalid FEEL");
    HideConditions.check("=outcome != \"ANSWERED\"");
  }
}
