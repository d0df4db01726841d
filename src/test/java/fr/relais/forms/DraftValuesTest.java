package fr.relais.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DraftValuesTest {

  @Test
  void flatNamesKeepTheirShapeWithoutHiddenFieldsNorControlCharacters() {
    Map<String, Object> posted = new LinkedHashMap<>();
    posted.put("name", "Ana\u0000ïs\t");
    posted.put("checks[0].result", "KO");
    posted.put("checks[0].comment", "Accueil \uD83D\uDE42 fermé\u0007");
    posted.put("checks[1].result", "OK");
    posted.put("checks[1].comment", "caché");
    posted.put("bad\u0000key", "x");

    assertThat(DraftValues.keep(TestForms.everything(), posted)).containsExactly(Map.entry("name", "Anaïs\t"),
        Map.entry("checks[0].result", "KO"), Map.entry("checks[0].comment", "Accueil \uD83D\uDE42 fermé"),
        Map.entry("checks[1].result", "OK"));
  }

  @Test
  void nestedJsonLosesTheSameHiddenFields() {
    Map<String, Object> sent = Map.of("checks", List.of(Map.of("result", "OK", "comment", "caché"),
        Map.of("result", "KO", "comment", "lone \uD800 surrogate")));

    assertThat(DraftValues.keep(TestForms.everything(), sent)).isEqualTo(Map.of("checks",
        List.of(Map.of("result", "OK"), Map.of("result", "KO", "comment", "lone  surrogate"))));
  }
}
