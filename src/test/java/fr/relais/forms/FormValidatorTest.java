package fr.relais.forms;

import static fr.relais.forms.TestForms.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every rule of the validator on a form holding each component type: a failing and a passing case each. */
class FormValidatorTest {

  private final FormValidator validator = new FormValidator(TestForms.CLOCK);
  private final FormDefinition form = TestForms.everything();

  /** The smallest valid submission; each test changes what it is about. */
  private Map<String, Object> valid(Object... overrides) {
    Map<String, Object> input = new HashMap<>(Map.of("name", "Dupont", "agree", true,
        "address", Map.of("city", "Rennes")));
    input.putAll(input(overrides));
    return input;
  }

  private FormSubmission validate(Map<String, Object> input) {
    return validator.validate(form, input, TestForms.OPERATORS);
  }

  @Test
  void theSmallestValidSubmissionPasses() {
    FormSubmission submission = validate(valid());

    assertThat(submission.isValid()).isTrue();
    assertThat(submission.values()).containsEntry("name", "Dupont").containsEntry("agree", true)
        .containsEntry("newsletter", false).containsEntry("topics", List.of())
        .containsEntry("address", Map.of("city", "Rennes")).containsEntry("checks", List.of());
  }

  @Test
  void aRequiredFieldMissingEmptyOrBlankIsRefused() {
    assertThat(validate(valid("name", null)).errors()).containsEntry("name", "Ce champ est obligatoire.");
    assertThat(validate(valid("name", "")).errors()).containsEntry("name", "Ce champ est obligatoire.");
    assertThat(validate(valid("name", "   \t ")).errors()).containsEntry("name", "Ce champ est obligatoire.");
    Map<String, Object> absent = valid();
    absent.remove("name");
    assertThat(validate(absent).errors()).containsEntry("name", "Ce champ est obligatoire.");
  }

  @Test
  void anOptionalFieldMayBeNullOrAbsentAndIsThenLeftOut() {
    FormSubmission submission = validate(valid("code", null, "email", "", "age", null));

    assertThat(submission.isValid()).isTrue();
    assertThat(submission.values()).doesNotContainKeys("code", "email", "age", "notes", "operator", "size");
  }

  @Test
  void textIsTrimmed() {
    assertThat(validate(valid("name", "  Dupont \n")).values()).containsEntry("name", "Dupont");
  }

  @Test
  void minLengthCountsTrimmedCharacters() {
    assertThat(validate(valid("name", " D ")).errors()).containsEntry("name", "2 caractères au minimum.");
    assertThat(validate(valid("name", "Do")).isValid()).isTrue();
  }

  @Test
  void maxLengthIsEnforced() {
    assertThat(validate(valid("name", "x".repeat(21))).errors()).containsEntry("name", "20 caractères au maximum.");
    assertThat(validate(valid("name", "x".repeat(20))).isValid()).isTrue();
  }

  @Test
  void anyStringOverTenThousandCharactersIsRefusedEvenWithoutMaxLength() {
    assertThat(validate(valid("notes", "a".repeat(10_001))).errors())
        .containsEntry("notes", "10000 caractères au maximum.");
    assertThat(validate(valid("notes", "a".repeat(10_000))).isValid()).isTrue();
    assertThat(validate(valid("size", "S".repeat(50_000))).errors()).containsEntry("size", "Valeur non autorisée.");
  }

  @Test
  void windowsLineBreaksCountAsOneCharacterAsTheBrowserCountedThem() {
    String typed = String.join("\r\n", Collections.nCopies(100, "abcd"));
    assertThat(typed).hasSize(598);

    FormSubmission submission = validate(valid("checks", List.of(Map.of("code", "C1", "result", "KO",
        "comment", typed))));

    assertThat(submission.errors()).isEmpty();
    assertThat(submission.values().get("checks")).asInstanceOf(LIST)
        .first().isEqualTo(Map.of("code", "C1", "result", "KO", "comment", typed.replace("\r\n", "\n")));
  }

  @Test
  void controlCharactersAreRefused() {
    assertThat(validate(valid("notes", "avant\u0000après")).errors())
        .containsEntry("notes", "Ce texte contient des caractères non autorisés.");
    assertThat(validate(valid("notes", "bad \ud800 surrogate")).errors()).containsKey("notes");
    assertThat(validate(valid("notes", "tabulation\tet\nretour à la ligne, émoji 🙂")).isValid()).isTrue();
  }

  @Test
  void patternMustMatch() {
    assertThat(validate(valid("code", "abc")).errors()).containsEntry("code", "Le format saisi n'est pas valide.");
    assertThat(validate(valid("code", "ABC")).values()).containsEntry("code", "ABC");
  }

  @Test
  void emailAndPhoneValidationTypesAreChecked() {
    assertThat(validate(valid("email", "pas-une-adresse")).errors()).containsKey("email");
    assertThat(validate(valid("email", "agent@france-services.fr")).isValid()).isTrue();
    assertThat(validate(valid("phone", "appelez-moi")).errors()).containsKey("phone");
    assertThat(validate(valid("phone", "01 22 33 44 55")).values()).containsEntry("phone", "01 22 33 44 55");
  }

  @Test
  void numbersAreReadFromJsonNumbersAndFromStrings() {
    assertThat(validate(valid("age", 42)).values()).containsEntry("age", 42L);
    assertThat(validate(valid("age", "42")).values()).containsEntry("age", 42L);
    assertThat(validate(valid("amount", "1 234,50")).values()).containsEntry("amount", new BigDecimal("1234.5"));
    assertThat(validate(valid("amount", 12.25)).values()).containsEntry("amount", new BigDecimal("12.25"));
    assertThat(validate(valid("reference", "00123.40")).values()).containsEntry("reference", "123.4");
  }

  @Test
  void aNumberFieldGivenTextAnObjectOrAnAbsurdValueIsAnErrorNotAnException() {
    assertThat(validate(valid("age", "abc")).errors()).containsEntry("age", "Saisissez un nombre.");
    assertThat(validate(valid("age", Map.of("value", 42))).errors()).containsEntry("age", "Saisissez un nombre.");
    assertThat(validate(valid("age", List.of(42))).errors()).containsEntry("age", "Saisissez un nombre.");
    assertThat(validate(valid("age", true)).errors()).containsEntry("age", "Saisissez un nombre.");
    assertThat(validate(valid("amount", Double.NaN)).errors()).containsEntry("amount", "Saisissez un nombre.");
    assertThat(validate(valid("amount", new BigDecimal("1E+999999999"))).errors())
        .containsEntry("amount", "Saisissez un nombre.");
    assertThat(validate(valid("amount", "1e5")).errors()).containsEntry("amount", "Saisissez un nombre.");
  }

  @Test
  void minAndMaxBoundNumbers() {
    assertThat(validate(valid("age", 17)).errors())
        .containsEntry("age", "La valeur doit être supérieure ou égale à 18.");
    assertThat(validate(valid("age", 121)).errors())
        .containsEntry("age", "La valeur doit être inférieure ou égale à 120.");
    assertThat(validate(valid("age", 18)).isValid()).isTrue();
    assertThat(validate(valid("age", 120)).isValid()).isTrue();
  }

  @Test
  void decimalDigitsLimitThePrecision() {
    assertThat(validate(valid("age", "42,5")).errors()).containsEntry("age", "Saisissez un nombre entier.");
    assertThat(validate(valid("amount", "3.141")).errors()).containsEntry("amount", "2 décimales au maximum.");
    assertThat(validate(valid("amount", "3.14")).isValid()).isTrue();
    assertThat(validate(valid("age", "42.0")).values()).containsEntry("age", 42L);
  }

  @Test
  void aCheckboxTakesBooleansOrWhatABrowserSends() {
    assertThat(validate(valid("newsletter", "on")).values()).containsEntry("newsletter", true);
    assertThat(validate(valid("newsletter", "true")).values()).containsEntry("newsletter", true);
    assertThat(validate(valid("newsletter", false)).values()).containsEntry("newsletter", false);
    assertThat(validate(valid("newsletter", "oui")).errors()).containsEntry("newsletter", "Valeur non valide.");
    assertThat(validate(valid("newsletter", 1)).errors()).containsEntry("newsletter", "Valeur non valide.");
  }

  @Test
  void aRequiredCheckboxMustBeTicked() {
    assertThat(validate(valid("agree", false)).errors()).containsEntry("agree", "Ce champ est obligatoire.");
    assertThat(validate(valid("agree", null)).errors()).containsEntry("agree", "Ce champ est obligatoire.");
    assertThat(validate(valid("agree", "on")).isValid()).isTrue();
  }

  @Test
  void staticOptionsAreTheOnlyValuesAllowed() {
    assertThat(validate(valid("size", "XL")).errors()).containsEntry("size", "Valeur non autorisée.");
    assertThat(validate(valid("size", Map.of("value", "S"))).errors()).containsEntry("size", "Valeur non autorisée.");
    assertThat(validate(valid("size", "L")).values()).containsEntry("size", "L");
  }

  @Test
  void dynamicOptionsComeFromTheSuppliedListAndAMissingListRefusesEverything() {
    assertThat(validate(valid("operator", "MSA")).errors()).containsEntry("operator", "Valeur non autorisée.");
    assertThat(validate(valid("operator", "CNAV")).values()).containsEntry("operator", "CNAV");
    assertThat(validator.validate(form, valid("operator", "CNAV"), FormOptions.none()).errors())
        .containsEntry("operator", "Valeur non autorisée.");
  }

  @Test
  void aChecklistTakesAListOrTheRepeatedValuesOfAPost() {
    assertThat(validate(valid("topics", List.of("HOUSING", "WORK", "HOUSING"))).values())
        .containsEntry("topics", List.of("HOUSING", "WORK"));
    assertThat(validate(valid("topics", "WORK")).values()).containsEntry("topics", List.of("WORK"));
    assertThat(validate(valid("topics", List.of("HOUSING", "PETS"))).errors())
        .containsEntry("topics", "Valeur non autorisée.");
    assertThat(validate(valid("topics", List.of(Map.of()))).errors()).containsEntry("topics", "Valeur non autorisée.");
  }

  @Test
  void datesAreCheckedAndWrittenAsIsoDates() {
    assertThat(validate(valid("day", "2026-02-30")).errors()).containsEntry("day", "Saisissez une date valide.");
    assertThat(validate(valid("day", 20260310)).errors()).containsEntry("day", "Saisissez une date valide.");
    assertThat(validate(valid("day", "2026-03-09")).errors()).containsEntry("day", "La date ne peut pas être passée.");
    assertThat(validate(valid("day", "2026-03-10")).values()).containsEntry("day", "2026-03-10");
    assertThat(validate(valid("day", "25/12/2026")).values()).containsEntry("day", "2026-12-25");
  }

  @Test
  void dateTimesWithoutOffsetAreParisTimeAndSerialisedAsTheFormAsks() {
    assertThat(validate(valid("meeting", "2026-07-01T14:30")).values())
        .containsEntry("meeting", "2026-07-01T12:30Z");
    assertThat(validate(valid("meeting", "2026-07-01T14:30:00+02:00")).values())
        .containsEntry("meeting", "2026-07-01T12:30Z");
    assertThat(validate(valid("meeting", "demain")).errors())
        .containsEntry("meeting", "Saisissez une date et une heure valides.");
    assertThat(validate(valid("opening", "08:45")).values()).containsEntry("opening", "08:45");
    assertThat(validate(valid("opening", "25:00")).errors()).containsEntry("opening", "Saisissez une heure valide.");
  }

  @Test
  void unknownFieldsAreRefusedOneByOne() {
    FormSubmission submission = validate(valid("role", "admin", "approved", true));

    assertThat(submission.errors()).containsEntry("role", "Champ inconnu.").containsEntry("approved", "Champ inconnu.");
    assertThat(submission.values()).doesNotContainKeys("role", "approved");
  }

  @Test
  void aGroupWithPathNestsItsFieldsAndAGroupWithoutPathDoesNot() {
    FormSubmission submission = validate(valid("address", Map.of("city", " Brest "), "phone", "0299000000"));

    assertThat(submission.values()).containsEntry("address", Map.of("city", "Brest"))
        .containsEntry("phone", "0299000000");
    assertThat(validate(valid("address", Map.of())).errors()).containsEntry("address.city", "Ce champ est obligatoire.");
    assertThat(validate(valid("address", "Rennes")).errors()).containsEntry("address", "Valeur non valide.");
    assertThat(validate(valid("address", Map.of("city", "Rennes", "zip", "35000"))).errors())
        .containsOnly(entry("address.zip", "Champ inconnu."));
  }

  @Test
  void aDynamicListValidatesEachItemAndHidesPerItem() {
    FormSubmission submission = validate(valid("checks", List.of(
        Map.of("code", "C1", "result", "OK", "comment", "caché car conforme"),
        Map.of("code", "C2", "result", "KO", "comment", " Affichage absent "),
        Map.of("result", "KO"))));

    assertThat(submission.errors()).containsOnly(
        entry("checks[2].code", "Ce champ est obligatoire."),
        entry("checks[2].comment", "Ce champ est obligatoire."));
    assertThat(submission.values().get("checks")).isEqualTo(List.of(
        Map.of("code", "C1", "result", "OK"),
        Map.of("code", "C2", "result", "KO", "comment", "Affichage absent"),
        Map.of("result", "KO")));
  }

  @Test
  void aDynamicListRefusesWhatIsNotAListOfObjects() {
    assertThat(validate(valid("checks", "C1")).errors()).containsEntry("checks", "Liste d'éléments attendue.");
    assertThat(validate(valid("checks", List.of("C1"))).errors())
        .containsEntry("checks[0]", "Élément de liste non valide.");
    assertThat(validate(valid("checks", List.of(Map.of("code", "C1", "result", "OK", "score", 3)))).errors())
        .containsOnly(entry("checks[0].score", "Champ inconnu."));
  }

  @Test
  void anHtmlPostOfStringsWithFlatNamesIsReadLikeJson() {
    Map<String, Object> post = input("name", "Dupont", "agree", "on", "age", "42", "address.city", "Rennes",
        "topics", List.of("HOUSING", "WORK"), "checks[1].code", "C2", "checks[1].result", "OK",
        "checks[0].code", "C1", "checks[0].result", "KO", "checks[0].comment", "Manque l'affichage");

    FormSubmission submission = validate(post);

    assertThat(submission.errors()).isEmpty();
    assertThat(submission.values()).containsEntry("age", 42L).containsEntry("agree", true)
        .containsEntry("address", Map.of("city", "Rennes"))
        .containsEntry("checks", List.of(Map.of("code", "C1", "result", "KO", "comment", "Manque l'affichage"),
            Map.of("code", "C2", "result", "OK")));
  }

  @Test
  void malformedOrHostileFlatNamesAreUnknownFields() {
    FormSubmission submission = validate(valid("checks[99999].code", "x", "checks[0]..code", "x",
        "address.city.zip", "x", "__proto__.polluted", "x"));

    assertThat(submission.errors()).containsOnly(
        entry("checks[99999].code", "Champ inconnu."),
        entry("checks[0]..code", "Champ inconnu."),
        entry("address.city.zip", "Champ inconnu."),
        entry("__proto__", "Champ inconnu."));
  }

  @Test
  void aReadOnlyFieldKeepsTheValueTheFormOpenedWithAndRefusesAnother() {
    Map<String, Object> opened = Map.of("locked", "2026-0042");

    assertThat(validator.validate(form, valid(), TestForms.OPERATORS, opened).values())
        .as("not sent back: kept").containsEntry("locked", "2026-0042");
    assertThat(validator.validate(form, valid("locked", "2026-0042"), TestForms.OPERATORS, opened).values())
        .as("sent back unchanged, as a browser does").containsEntry("locked", "2026-0042");
    assertThat(validator.validate(form, valid("locked", "forged"), TestForms.OPERATORS, opened).errors())
        .containsOnly(entry("locked", "Ce champ est en lecture seule : sa valeur ne peut pas être modifiée."));
    assertThat(validate(valid()).values()).as("nothing to keep").doesNotContainKey("locked");
  }

  @Test
  void aDisabledFieldIsNeverPartOfASubmission() {
    FormSubmission submission = validator.validate(form, valid("shown", "typed anyway"), TestForms.OPERATORS,
        Map.of("shown", "Rappel"));

    assertThat(submission.isValid()).isTrue();
    assertThat(submission.values()).doesNotContainKey("shown");
  }

  @Test
  void aFileReferenceIsKeptAsAnOpaqueString() {
    assertThat(validate(valid("proof", "files::abc")).values()).containsEntry("proof", "files::abc");
    assertThat(validate(valid("proof", Map.of("name", "x.pdf"))).errors()).containsEntry("proof", "Valeur non valide.");
  }

  @Test
  void scriptTagsStayDataAndAreNotAltered() {
    String hostile = "<script>alert('x')</script>";

    assertThat(validate(valid("notes", hostile)).values()).containsEntry("notes", hostile);
  }

  @Test
  void aJsonNumberInATextFieldIsTakenAsTextButAnObjectIsNot() {
    assertThat(validate(valid("code", 123)).errors()).containsEntry("code", "Le format saisi n'est pas valide.");
    assertThat(validate(valid("notes", 123)).values()).containsEntry("notes", "123");
    assertThat(validate(valid("notes", Map.of("a", 1))).errors()).containsEntry("notes", "Saisissez du texte.");
    assertThat(validate(valid("notes", List.of("a"))).errors()).containsEntry("notes", "Saisissez du texte.");
  }

  @Test
  void oneMessagePerFieldTheFirstBrokenRuleWins() {
    assertThat(validate(valid("code", "abcdefghijklmnopqrstuvwxyz")).errors())
        .containsOnlyKeys("code").containsEntry("code", "Le format saisi n'est pas valide.");
  }

  @Test
  void nullInputIsAnEmptySubmission() {
    FormSubmission submission = validator.validate(form, null, TestForms.OPERATORS);

    assertThat(submission.errors()).containsEntry("name", "Ce champ est obligatoire.")
        .containsEntry("agree", "Ce champ est obligatoire.");
  }
}
