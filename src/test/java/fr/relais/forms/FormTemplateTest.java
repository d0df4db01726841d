package fr.relais.forms;

import static fr.relais.forms.TestForms.OPERATORS;
import static fr.relais.forms.TestForms.input;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** fragments/form.html rendered by a standalone Thymeleaf engine (SpEL, as in the application). */
class FormTemplateTest {

  private static final String PAGE = """
      <form method="post" novalidate><th:block th:replace="~{fragments/form :: fields(${view})}"></th:block></form>""";

  private static final SpringTemplateEngine ENGINE = engine();

  private static SpringTemplateEngine engine() {
    ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
    files.setPrefix("templates/");
    files.setSuffix(".html");
    files.setTemplateMode(TemplateMode.HTML);
    files.setCharacterEncoding("UTF-8");
    files.setCheckExistence(true);
    files.setOrder(1);
    StringTemplateResolver inline = new StringTemplateResolver();
    inline.setTemplateMode(TemplateMode.HTML);
    inline.setOrder(2);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.addTemplateResolver(files);
    engine.addTemplateResolver(inline);
    return engine;
  }

  /** The rendered markup with runs of white space collapsed, so assertions do not depend on indentation. */
  private static String render(FormView view) {
    Context context = new Context();
    context.setVariable("view", view);
    return ENGINE.process(PAGE, context).replaceAll("\\s+", " ");
  }

  private final FormDefinition answerForm = TestForms.form("referral-answer");

  @Test
  void submittedScriptsAreRenderedAsText() {
    String hostile = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";

    String html = render(FormView.of(answerForm, input("outcome", "ANSWERED", "answer", hostile), Map.of(),
        OPERATORS));

    assertThat(html).doesNotContain("<script>", "<img").contains("&lt;script&gt;alert(");
  }

  @Test
  void scriptsInAnInputValueCannotLeaveTheAttribute() {
    String html = render(FormView.of(TestForms.everything(),
        input("name", "\" autofocus onfocus=\"alert(1)", "code", "<script>x</script>"), Map.of(), OPERATORS));

    assertThat(html).doesNotContain("\" autofocus onfocus=\"", "<script>")
        .contains("value=\"&quot; autofocus onfocus=&quot;alert(1)\"");
  }

  @Test
  void optionLabelsFromDataAreEscaped() {
    FormOptions hostile = FormOptions.of("operators", List.of(new FormOption("X\"><b>", "<b>Organisme</b>")));

    String html = render(FormView.of(answerForm, input("outcome", "WRONG_OPERATOR"), Map.of(), hostile));

    assertThat(html).doesNotContain("<b>").contains("&lt;b&gt;Organisme&lt;/b&gt;", "value=\"X&quot;&gt;&lt;b&gt;\"");
  }

  @Test
  void anErrorIsShownBesideItsFieldTheDsfrWay() {
    String html = render(FormView.of(answerForm, input("outcome", "ANSWERED"),
        Map.of("answer", "Ce champ est obligatoire."), OPERATORS));

    assertThat(html).contains("class=\"fr-input-group fr-input-group--error\"",
        "aria-describedby=\"field-answer-messages field-answer-counter\"",
        "<div class=\"fr-messages-group\" id=\"field-answer-messages\" aria-live=\"polite\">",
        "<p class=\"fr-message fr-message--error\" id=\"field-answer-message-error\">Ce champ est obligatoire.</p>",
        "aria-invalid=\"true\"");
  }

  @Test
  void aRadioGroupIsAFieldsetWithItsChoiceKept() {
    String html = render(FormView.of(answerForm, input("outcome", "NEEDS_INFORMATION"),
        Map.of("outcome", "Valeur non autorisée."), OPERATORS));

    assertThat(html).contains("<fieldset class=\"fr-fieldset fr-fieldset--error\" id=\"field-outcome\"",
        "aria-labelledby=\"field-outcome-legend field-outcome-messages\"", "class=\"fr-radio-group\"",
        "type=\"radio\" id=\"field-outcome-2\" name=\"outcome\" value=\"NEEDS_INFORMATION\" checked=\"checked\"");
  }

  @Test
  void hiddenFieldsAreRenderedWithTheHiddenAttribute() {
    String html = render(FormView.initial(answerForm, Map.of(), OPERATORS));

    assertThat(html).contains("id=\"field-answer-group\" hidden=\"hidden\"",
        "id=\"field-question-group\" hidden=\"hidden\"", "id=\"field-operator-group\" hidden=\"hidden\"");
    assertThat(html).doesNotContain("id=\"field-outcome\" hidden");
  }

  @Test
  void aSelectShowsItsPlaceholderUntilAChoiceIsMade() {
    String html = render(FormView.of(answerForm, input("outcome", "WRONG_OPERATOR", "operator", "CNAV"), Map.of(),
        OPERATORS));

    assertThat(html).contains("<select class=\"fr-select\" id=\"field-operator\" name=\"operator\"",
        "<option value=\"\" disabled>Sélectionner une option</option>",
        "<option value=\"CNAV\" selected=\"selected\">Assurance retraite</option>");
  }

  @Test
  void everyComponentTypeRenders() {
    String html = render(FormView.initial(TestForms.everything(),
        input("checks", List.of(Map.of("code", "C1", "result", "KO"))), OPERATORS));

    assertThat(html).contains("<p><strong>Titre</strong></p>", "<a class=\"fr-link\" href=\"https://www.france",
        "class=\"fr-grid-row fr-grid-row--gutters\"", "type=\"checkbox\" value=\"true\" id=\"field-agree\"",
        "class=\"fr-checkbox-group\"", "name=\"topics\" value=\"WORK\"", "type=\"date\"", "type=\"datetime-local\"",
        "name=\"address.city\"", "name=\"checks[0].code\" value=\"C1\"", "name=\"checks[0].comment\"",
        "class=\"fr-upload\" type=\"file\" disabled", "readonly=\"readonly\"", "inputmode=\"numeric\"",
        "minlength=\"2\"", "id=\"field-name-counter\" aria-live=\"polite\"", "0 caractère sur 20", "Les champs marqués d'un astérisque (*) sont obligatoires.");
    assertThat(html).doesNotContain("minlength=\"\"", "inputmode=\"\"", "th:", "maxlength");
  }

  @Test
  void eachFieldIsRenderedOnce() {
    String html = render(FormView.initial(answerForm, Map.of(), OPERATORS));

    assertThat(html).containsOnlyOnce("<textarea class=\"fr-input\" rows=\"6\" id=\"field-answer\"")
        .containsOnlyOnce("<select class=\"fr-select\" id=\"field-operator\"")
        .containsOnlyOnce("id=\"field-outcome-1\"");
  }

  @Test
  void errorsWithoutAFieldAppearInTheSummary() {
    String html = render(FormView.of(answerForm, input("outcome", "ANSWERED", "debug", "1"),
        Map.of("debug", "Champ inconnu."), OPERATORS));

    assertThat(html).contains("id=\"error-summary\"", "debug : Champ inconnu.");
  }

  @Test
  void theErrorSummaryLinksToEachFieldInError() {
    String html = render(FormView.of(answerForm, input("outcome", "ANSWERED"),
        Map.of("answer", "Ce champ est obligatoire."), OPERATORS));

    assertThat(html).contains("<div id=\"error-summary\" tabindex=\"-1\"",
        "<a href=\"#field-answer\">Réponse : Ce champ est obligatoire.</a>");
    assertThat(render(FormView.initial(answerForm, Map.of(), OPERATORS))).doesNotContain("error-summary");
  }
}
