package fr.relais.forms;

import static fr.relais.forms.TestForms.OPERATORS;
import static fr.relais.forms.TestForms.input;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rendering model: values, errors, options and visibility decided before the template runs. */
class FormViewTest {

  private final FormDefinition answerForm = TestForms.form("referral-answer");

  private static FieldView field(FormView view, String name) {
    return view.field(name).orElseThrow();
  }

  @Test
  void aFirstDisplayShowsOnlyTheOutcomeUntilOneIsChosen() {
    FormView view = FormView.initial(answerForm, Map.of(), OPERATORS);

    assertThat(view.fields()).extracting(FieldView::name).containsExactly("outcome", "answer", "question", "operator");
    assertThat(field(view, "outcome").hidden()).isFalse();
    assertThat(field(view, "outcome").required()).isTrue();
    assertThat(view.fields()).filteredOn(FieldView::hidden).extracting(FieldView::name)
        .containsExactly("answer", "question", "operator");
    assertThat(field(view, "answer").required()).as("revealed in the page, it must say it is required").isTrue();
  }

  @Test
  void aHiddenFieldDoesNotShowAProcessVariableOfTheSameKeyOnFirstDisplay() {
    FormView view = FormView.initial(answerForm, input("operator", "CAF", "businessKey", "42"), OPERATORS);

    assertThat(field(view, "operator").hidden()).isTrue();
    assertThat(field(view, "operator").nothingSelected()).isTrue();
  }

  @Test
  void aVisibleFieldShowsTheKnownValueOnFirstDisplay() {
    FormView view = FormView.initial(answerForm, input("outcome", "WRONG_OPERATOR", "operator", "CAF"), OPERATORS);

    assertThat(field(view, "operator").hidden()).isFalse();
    assertThat(field(view, "operator").options()).filteredOn(OptionView::selected).extracting(OptionView::value)
        .containsExactly("CAF");
  }

  @Test
  void theChosenOutcomeShowsItsFieldWithTheErrorAndKeepsWhatWasTyped() {
    Map<String, Object> submitted = input("outcome", "WRONG_OPERATOR", "answer", "brouillon gardé");
    FormSubmission refused = new FormValidator(TestForms.CLOCK).validate(answerForm, submitted, OPERATORS);

    FormView view = FormView.of(answerForm, submitted, refused.errors(), OPERATORS);

    FieldView operator = field(view, "operator");
    assertThat(operator.hidden()).isFalse();
    assertThat(operator.error()).isEqualTo("Ce champ est obligatoire.");
    assertThat(operator.options()).extracting(OptionView::value).containsExactly("CAF", "CNAV", "DGFIP");
    assertThat(operator.nothingSelected()).isTrue();
    assertThat(field(view, "outcome").options()).filteredOn(OptionView::selected).extracting(OptionView::value)
        .containsExactly("WRONG_OPERATOR");
    assertThat(field(view, "answer").hidden()).isTrue();
    assertThat(field(view, "answer").value()).isEqualTo("brouillon gardé");
  }

  @Test
  void invalidInputIsShownAsTyped() {
    FormDefinition form = TestForms.everything();

    FormView view = FormView.of(form, input("age", "quarante", "size", "L", "topics", List.of("WORK")),
        Map.of("age", "Saisissez un nombre."), OPERATORS);

    assertThat(field(view, "age").value()).isEqualTo("quarante");
    assertThat(field(view, "age").error()).isEqualTo("Saisissez un nombre.");
    assertThat(field(view, "age").inputMode()).isEqualTo("numeric");
    assertThat(field(view, "size").options()).extracting(OptionView::selected).containsExactly(false, true);
    assertThat(field(view, "topics").options()).extracting(OptionView::selected).containsExactly(false, true);
  }

  @Test
  void defaultsFillTheFirstDisplayButNotARedisplay() {
    FormDefinition form = TestForms.everything();

    FormView first = FormView.initial(form, Map.of(), OPERATORS);
    FormView again = FormView.of(form, Map.of(), Map.of(), OPERATORS);

    assertThat(field(first, "newsletter").checked()).isTrue();
    assertThat(field(first, "size").options()).extracting(OptionView::selected).containsExactly(true, false);
    assertThat(field(again, "newsletter").checked()).as("an unticked box posts nothing").isFalse();
  }

  @Test
  void fieldsSharingALayoutRowFormOneGridRow() {
    FormView view = FormView.initial(TestForms.everything(), Map.of(), OPERATORS);

    assertThat(view.rows().get(1).grid()).isTrue();
    assertThat(view.rows().get(1).fields()).extracting(FieldView::name).containsExactly("name", "code");
    assertThat(view.rows().get(2).grid()).isFalse();
  }

  @Test
  void inputAttributesComeFromTheSchema() {
    FormView view = FormView.initial(TestForms.everything(), Map.of(), OPERATORS);

    assertThat(field(view, "name").maxLength()).isEqualTo(20);
    assertThat(field(view, "name").minLength()).isEqualTo(2);
    assertThat(field(view, "name").help()).isEqualTo("Nom d'usage");
    assertThat(field(view, "notes").maxLength()).as("no declared limit, no counter").isNull();
    assertThat(field(view, "notes").hasCounter()).isFalse();
    assertThat(field(view, "name").hasCounter()).isTrue();
    assertThat(field(view, "email").inputType()).isEqualTo("email");
    assertThat(field(view, "phone").inputType()).isEqualTo("tel");
    assertThat(field(view, "day").inputType()).isEqualTo("date");
    assertThat(field(view, "meeting").inputType()).isEqualTo("datetime-local");
    assertThat(field(view, "opening").inputType()).isEqualTo("time");
    assertThat(field(view, "locked").readonly()).isTrue();
    assertThat(field(view, "age").min()).isEqualTo("18");
  }

  @Test
  void storedDateTimesAreShownInParisTimeForTheBrowserInput() {
    FormView view = FormView.of(TestForms.everything(), input("meeting", "2026-07-01T12:30Z", "day", "25/12/2026"),
        Map.of(), OPERATORS);

    assertThat(field(view, "meeting").value()).isEqualTo("2026-07-01T14:30");
    assertThat(field(view, "day").value()).isEqualTo("2026-12-25");
  }

  @Test
  void nestedFieldsCarryTheNamesTheValidatorReadsBack() {
    FormView view = FormView.of(TestForms.everything(),
        input("checks", List.of(Map.of("code", "C1", "result", "KO"), Map.of("code", "C2", "result", "OK")),
            "address", Map.of("city", "Rennes")),
        Map.of("checks[1].code", "Ce champ est obligatoire."), OPERATORS);

    assertThat(field(view, "address.city").value()).isEqualTo("Rennes");
    assertThat(field(view, "address.city").id()).isEqualTo("field-address-city");
    assertThat(field(view, "checks[0].code").value()).isEqualTo("C1");
    assertThat(field(view, "checks[1].code").error()).isEqualTo("Ce champ est obligatoire.");
    assertThat(field(view, "checks[0].comment").hidden()).isFalse();
    assertThat(field(view, "checks[1].comment").hidden()).isTrue();
    assertThat(field(view, "checks").items()).hasSize(2);
  }

  @Test
  void theCounterSaysHowManyCharactersAreTooMany() {
    FormView view = FormView.of(TestForms.everything(), input("name", "x".repeat(23)), Map.of(), OPERATORS);

    assertThat(field(view, "name").counterText()).isEqualTo("23 caractères sur 20 : 3 de trop");
    assertThat(field(view, "name").counterOver()).isTrue();
    assertThat(field(view, "name").describedBy()).isEqualTo("field-name-messages field-name-counter");
  }

  @Test
  void theErrorSummaryLinksEachErrorToTheElementTakingTheFocus() {
    FormView view = FormView.of(TestForms.everything(),
        input("checks", List.of(Map.of("code", "C1", "result", "KO"), Map.of("code", "C2", "result", "OK"))),
        Map.of("name", "Ce champ est obligatoire.", "checks[1].result", "Choisissez.", "debug", "Champ inconnu."),
        OPERATORS);

    assertThat(view.errorLinks()).extracting(FormView.ErrorLink::href)
        .containsExactly("#field-name", "#field-checks-1-result", null);
    assertThat(view.errorLinks().getFirst().text()).isEqualTo(field(view, "name").label() + " : Ce champ est obligatoire.");
    assertThat(view.errorLinks().getLast().text()).isEqualTo("debug : Champ inconnu.");
    FormView radio = FormView.of(answerForm, Map.of(), Map.of("outcome", "Ce champ est obligatoire."), OPERATORS);
    assertThat(radio.errorLinks()).extracting(FormView.ErrorLink::href).as("a fieldset takes no focus, its first option does")
        .containsExactly("#field-outcome-1");
  }

  @Test
  void visibilityNamesTheElementsThePageToggles() {
    FieldVisibility visibility = FieldVisibility.of(FormView.of(answerForm, input("outcome", "ANSWERED"), Map.of(),
        OPERATORS));

    assertThat(visibility.shown()).containsExactly("field-outcome", "field-answer-group");
    assertThat(visibility.hidden()).containsExactly("field-question-group", "field-operator-group");
  }

  @Test
  void aDynamicListStartsWithItsDefaultRepetitions() {
    FormView view = FormView.initial(TestForms.everything(), Map.of(), OPERATORS);

    assertThat(field(view, "checks").items()).extracting(ItemView::number).containsExactly(1, 2);
  }

  @Test
  void errorsNoFieldCanShowAreListedApart() {
    FormView view = FormView.of(answerForm, input("outcome", "ANSWERED", "role", "admin"),
        Map.of("role", "Champ inconnu."), OPERATORS);

    assertThat(view.otherErrors()).containsExactly("role : Champ inconnu.");
    assertThat(view.hasErrors()).isTrue();
  }

  @Test
  void aTextComponentCarriesSafeHtml() {
    FormView view = FormView.initial(TestForms.everything(), Map.of(), OPERATORS);

    assertThat(view.fields().getFirst().type()).isEqualTo("text");
    assertThat(view.fields().getFirst().html()).startsWith("<p><strong>Titre</strong></p>");
  }
}
