package fr.relais.forms;

import static fr.relais.forms.TestForms.OPERATORS;
import static fr.relais.forms.TestForms.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import fr.relais.forms.FormComponent.Checkbox;
import fr.relais.forms.FormComponent.Radio;
import fr.relais.forms.FormComponent.Select;
import fr.relais.forms.FormComponent.TextArea;
import fr.relais.forms.FormComponent.TextField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The referral forms of forms/ as the contract lists them, and the rules they impose on submissions. */
class ReferralFormsTest {

  private static final FormRegistry registry = TestForms.registry();
  private final FormValidator validator = new FormValidator(TestForms.CLOCK);

  private FormSubmission answer(Map<String, Object> input) {
    return validator.validate(registry.find("referral-answer").orElseThrow(), input, OPERATORS);
  }

  @Test
  void theFourReferralFormsAreLoadedUnderTheirFileNames() {
    assertThat(registry.formIds()).contains("referral-request", "referral-answer", "referral-information",
        "referral-review");
  }

  @Test
  void referralRequestDeclaresTheContractFields() {
    FormDefinition form = registry.find("referral-request").orElseThrow();

    assertThat(form.fields()).extracting(FormComponent.Field::key).containsExactly("operator", "lifeSituation",
        "subject", "description", "citizenName", "citizenReference", "consent");
    assertThat(form.field("operator").orElseThrow()).isInstanceOfSatisfying(Select.class,
        select -> assertThat(select.options().valuesKey()).isEqualTo("operators"));
    assertThat(form.field("lifeSituation").orElseThrow()).isInstanceOfSatisfying(Select.class,
        select -> assertThat(select.options().values()).extracting(FormOption::value).containsExactly("RETRAITE",
            "PAPIERS_TITRES", "LOGEMENT", "GESTION_ENTREPRISE", "ADRESSE_COURRIER", "EMPLOI_FORMATION",
            "IMPOTS_ARGENT", "SOCIAL_FAMILLE", "SANTE_HANDICAP"));
    assertThat(form.field("subject").orElseThrow()).isInstanceOfSatisfying(TextField.class, field -> {
      assertThat(field.required()).isTrue();
      assertThat(field.rules().maxLength()).isEqualTo(200);
    });
    assertThat(form.field("description").orElseThrow()).isInstanceOfSatisfying(TextArea.class, field -> {
      assertThat(field.required()).isTrue();
      assertThat(field.rules().minLength()).isEqualTo(20);
      assertThat(field.rules().maxLength()).isEqualTo(5000);
    });
    assertThat(form.field("citizenReference").orElseThrow()).isInstanceOfSatisfying(TextField.class, field -> {
      assertThat(field.required()).isFalse();
      assertThat(field.rules().maxLength()).isEqualTo(50);
    });
    assertThat(form.field("consent").orElseThrow()).isInstanceOfSatisfying(Checkbox.class, field -> {
      assertThat(field.required()).isTrue();
      assertThat(field.label()).isEqualTo("L'usager a donné son accord (mandat)");
    });
  }

  @Test
  void aCompleteReferralRequestPostedFromTheBrowserIsAccepted() {
    FormSubmission submission = validator.validate(registry.find("referral-request").orElseThrow(),
        input("operator", "CAF", "lifeSituation", "SOCIAL_FAMILLE", "subject", " Prime d'activité suspendue ",
            "description", "Versement interrompu depuis mars sans courrier explicatif.",
            "citizenName", "Camille Martin", "citizenReference", "", "consent", "on"),
        OPERATORS);

    assertThat(submission.errors()).isEmpty();
    assertThat(submission.values()).containsOnly(entry("operator", "CAF"), entry("lifeSituation", "SOCIAL_FAMILLE"),
        entry("subject", "Prime d'activité suspendue"),
        entry("description", "Versement interrompu depuis mars sans courrier explicatif."),
        entry("citizenName", "Camille Martin"), entry("consent", true));
  }

  @Test
  void anEmptyReferralRequestGetsOneFrenchMessagePerRequiredField() {
    FormSubmission submission = validator.validate(registry.find("referral-request").orElseThrow(), Map.of(),
        OPERATORS);

    assertThat(submission.errors()).containsOnly(entry("operator", "Ce champ est obligatoire."),
        entry("lifeSituation", "Ce champ est obligatoire."), entry("subject", "Ce champ est obligatoire."),
        entry("description", "Ce champ est obligatoire."), entry("citizenName", "Ce champ est obligatoire."),
        entry("consent", "Ce champ est obligatoire."));
  }

  @Test
  void aReferralRequestToAnUnknownOperatorOrWithAShortDescriptionIsRefused() {
    FormSubmission submission = validator.validate(registry.find("referral-request").orElseThrow(),
        input("operator", "ACME", "lifeSituation", "VACANCES", "subject", "Objet", "description", "Trop court",
            "citizenName", "Camille Martin", "citizenReference", "x".repeat(51), "consent", true),
        OPERATORS);

    assertThat(submission.errors()).containsOnly(entry("operator", "Valeur non autorisée."),
        entry("lifeSituation", "Valeur non autorisée."), entry("description", "20 caractères au minimum."),
        entry("citizenReference", "50 caractères au maximum."));
  }

  @Test
  void referralAnswerOffersTheThreeOutcomes() {
    FormDefinition form = registry.find("referral-answer").orElseThrow();

    assertThat(form.fields()).extracting(FormComponent.Field::key)
        .containsExactly("outcome", "answer", "question", "operator");
    assertThat(form.field("outcome").orElseThrow()).isInstanceOfSatisfying(Radio.class,
        radio -> assertThat(radio.options().values()).extracting(FormOption::value)
            .containsExactly("ANSWERED", "NEEDS_INFORMATION", "WRONG_OPERATOR"));
  }

  @Test
  void answeredRequiresTheAnswer() {
    assertThat(answer(input("outcome", "ANSWERED")).errors())
        .containsOnly(entry("answer", "Ce champ est obligatoire."));

    FormSubmission submission = answer(input("outcome", "ANSWERED", "answer", "Droits rétablis ce jour."));

    assertThat(submission.errors()).isEmpty();
    assertThat(submission.values()).containsOnly(entry("outcome", "ANSWERED"),
        entry("answer", "Droits rétablis ce jour."));
  }

  @Test
  void needsInformationRequiresTheQuestion() {
    assertThat(answer(input("outcome", "NEEDS_INFORMATION")).errors())
        .containsOnly(entry("question", "Ce champ est obligatoire."));
    assertThat(answer(input("outcome", "NEEDS_INFORMATION", "question", "Avis d'imposition 2025 ?")).values())
        .containsOnly(entry("outcome", "NEEDS_INFORMATION"), entry("question", "Avis d'imposition 2025 ?"));
  }

  @Test
  void wrongOperatorRequiresAKnownOperator() {
    assertThat(answer(input("outcome", "WRONG_OPERATOR")).errors())
        .containsOnly(entry("operator", "Ce champ est obligatoire."));
    assertThat(answer(input("outcome", "WRONG_OPERATOR", "operator", "ACME")).errors())
        .containsOnly(entry("operator", "Valeur non autorisée."));
    assertThat(answer(input("outcome", "WRONG_OPERATOR", "operator", "CNAV")).values())
        .containsOnly(entry("outcome", "WRONG_OPERATOR"), entry("operator", "CNAV"));
  }

  @Test
  void hiddenFieldsAreDroppedSoTheyCannotOverwriteProcessVariables() {
    FormSubmission submission = answer(input("outcome", "ANSWERED", "answer", "Réponse.",
        "question", "Une question oubliée dans le formulaire", "operator", "DGFIP"));

    assertThat(submission.errors()).isEmpty();
    assertThat(submission.values()).containsOnlyKeys("outcome", "answer");
  }

  @Test
  void hiddenFieldsAreNotCheckedEvenWhenTheirValueIsInvalid() {
    FormSubmission submission = answer(input("outcome", "NEEDS_INFORMATION", "question", "Pièce manquante ?",
        "answer", "x".repeat(9_000), "operator", "NOT_AN_OPERATOR"));

    assertThat(submission.errors()).isEmpty();
    assertThat(submission.values()).containsOnlyKeys("outcome", "question");
  }

  @Test
  void withoutOutcomeEveryConditionalFieldIsHiddenAndOnlyTheOutcomeIsRequired() {
    assertThat(answer(Map.of()).errors()).containsOnly(entry("outcome", "Ce champ est obligatoire."));
    assertThat(answer(input("outcome", "MAYBE", "answer", "x")).errors())
        .containsOnly(entry("outcome", "Valeur non autorisée."));
  }

  @Test
  void answerLengthIsCappedAtFiveThousandCharacters() {
    assertThat(answer(input("outcome", "ANSWERED", "answer", "x".repeat(5_001))).errors())
        .containsOnly(entry("answer", "5000 caractères au maximum."));
    assertThat(answer(input("outcome", "ANSWERED", "answer", "x".repeat(5_000))).isValid()).isTrue();
  }

  @Test
  void referralInformationRequiresTheInformation() {
    FormDefinition form = registry.find("referral-information").orElseThrow();

    assertThat(validator.validate(form, Map.of(), OPERATORS).errors())
        .containsOnly(entry("information", "Ce champ est obligatoire."));
    assertThat(validator.validate(form, input("information", "x".repeat(5_001)), OPERATORS).errors())
        .containsOnly(entry("information", "5000 caractères au maximum."));
    assertThat(validator.validate(form, input("information", "Avis joint au dossier."), OPERATORS).values())
        .containsOnly(entry("information", "Avis joint au dossier."));
  }

  @Test
  void referralReviewClosesWithAnOptionalComment() {
    FormDefinition form = registry.find("referral-review").orElseThrow();

    assertThat(validator.validate(form, Map.of(), OPERATORS).errors())
        .containsOnly(entry("decision", "Ce champ est obligatoire."));
    assertThat(validator.validate(form, input("decision", "REOPEN"), OPERATORS).errors())
        .containsOnly(entry("decision", "Valeur non autorisée."));
    assertThat(validator.validate(form, input("decision", "CLOSE", "comment", "x".repeat(2_001)), OPERATORS)
        .errors()).containsOnly(entry("comment", "2000 caractères au maximum."));
    assertThat(validator.validate(form, input("decision", "CLOSE"), OPERATORS).values())
        .containsOnly(entry("decision", "CLOSE"));
  }

  @Test
  void everyReferralFormHasTheModelerHeader() {
    for (String id : List.of("referral-request", "referral-answer", "referral-information", "referral-review")) {
      assertThat(registry.schemaJson(id).orElseThrow())
          .contains("\"type\": \"default\"", "\"id\": \"" + id + "\"", "\"schemaVersion\": 19",
              "\"executionPlatform\": \"Camunda Cloud\"", "\"executionPlatformVersion\": \"8.8.0\"");
    }
  }
}
