package fr.relais.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The markdown of text components: escaped first, then paragraphs, bold and safe links only. */
class MarkdownTest {

  @Test
  void paragraphsBoldAndLinksBecomeMarkup() {
    assertThat(Markdown.toHtml("Première ligne\nsuite.\n\nUn **mot** et [le site](https://www.france-services.gouv.fr)."))
        .isEqualTo("<p>Première ligne suite.</p>\n<p>Un <strong>mot</strong> et "
            + "<a class=\"fr-link\" href=\"https://www.france-services.gouv.fr\">le site</a>.</p>");
  }

  @Test
  void headingsBecomeBoldParagraphs() {
    assertThat(Markdown.toHtml("# Avant de répondre")).isEqualTo("<p><strong>Avant de répondre</strong></p>");
  }

  @Test
  void htmlInTheTextIsEscaped() {
    assertThat(Markdown.toHtml("<script>alert(1)</script> <img src=x onerror=alert(1)>"))
        .isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p>");
  }

  @Test
  void onlyWebMailAndLocalLinksAreMadeClickable() {
    assertThat(Markdown.toHtml("[x](javascript:alert(1))")).doesNotContain("<a");
    assertThat(Markdown.toHtml("[x](data:text/html,hi)")).doesNotContain("<a");
    assertThat(Markdown.toHtml("[aide](/aide) [écrire](mailto:contact@anct.gouv.fr)"))
        .contains("href=\"/aide\"", "href=\"mailto:contact@anct.gouv.fr\"");
  }

  @Test
  void aQuoteInALinkCannotLeaveTheAttribute() {
    assertThat(Markdown.toHtml("[x](https://a.fr/\"onmouseover=\"alert(1))"))
        .doesNotContain("\"onmouseover").contains("&quot;");
  }

  @Test
  void nothingGivesNothing() {
    assertThat(Markdown.toHtml(null)).isEmpty();
    assertThat(Markdown.toHtml("  \n ")).isEmpty();
  }
}
