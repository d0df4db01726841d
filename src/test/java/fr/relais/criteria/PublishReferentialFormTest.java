package fr.relais.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.criteria.PublishReferentialForm.Draft;
import fr.relais.web.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The publication body, read field by field: every mistake at its path, in French, or a whole valid version. */
class PublishReferentialFormTest {

  private static final List<String> ACTIVE = List.of("FRANCE_TRAVAIL", "CAF", "MSA", "URSSAF");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aCompleteBodyGivesItsCriteriaInOrderWithTheirThresholds() {
    Draft draft = read(body("2025"));

    assertThat(draft.version()).isEqualTo("2025");
    assertThat(draft.criteria()).extracting(Criterion::code).containsExactly("T-01", "T-10", "T-20");
    assertThat(draft.criteria().get(1).measure()).isEqualTo(Measure.NATIONAL_OPERATORS);
    assertThat(draft.criteria().get(1).minimum()).isEqualByComparingTo("3");
    assertThat(draft.criteria().get(2).isCheckedFromTheDeclaration()).isFalse();
    assertThat(draft.criteria().get(2).verifications()).containsExactly(Verification.DOCUMENT, Verification.ON_SITE);
    assertThat(draft.mandatoryOperators()).containsExactlyInAnyOrder("CAF", "MSA", "URSSAF");
  }

  @Test
  void everyWrongFieldIsReportedAtItsPathInOneAnswer() {
    Map<String, Object> body = body("2025 bis");
    body.put("title", "x".repeat(201));
    body.put("mandatoryOperators", List.of("CAF", "POLE_EMPLOI", "CAF"));
    List<Map<String, Object>> criteria = criteria(body);
    criteria.get(0).put("code", "fs-01");
    criteria.get(0).put("label", " ");
    criteria.get(0).put("verifications", List.of("ON_SITE", "PHONE_CALL", "ON_SITE"));
    criteria.get(1).put("code", "T-01");
    criteria.get(1).put("requirement", "x".repeat(2001));
    criteria.get(1).put("measure", "SQUARE_METRES");
    criteria.get(2).remove("category");
    criteria.get(2).put("verifications", List.of());
    criteria.get(2).put("minimum", 3);

    Map<String, String> errors = errors(body);

    assertThat(errors).containsOnlyKeys("version", "title", "mandatoryOperators[1]", "mandatoryOperators[2]",
        "criteria[0].code", "criteria[0].label", "criteria[0].verifications[1]", "criteria[0].verifications[2]",
        "criteria[1].requirement", "criteria[1].measure", "criteria[2].category", "criteria[2].verifications",
        "criteria[2].minimum");
    assertThat(errors.get("version")).contains("1 à 20 caractères");
    assertThat(errors.get("title")).contains("Au plus 200 caractères");
    assertThat(errors.get("mandatoryOperators[1]")).contains("POLE_EMPLOI", "inconnu");
    assertThat(errors.get("mandatoryOperators[2]")).contains("déjà dans la liste");
    assertThat(errors.get("criteria[0].verifications[1]")).contains("PHONE_CALL", "DECLARED, DOCUMENT");
    assertThat(errors.get("criteria[1].measure")).contains("SQUARE_METRES", "OPENING_DAYS_PER_WEEK");
    assertThat(errors.get("criteria[2].minimum")).contains("ne va qu'avec une mesure");
  }

  @Test
  void aCodeUsedTwiceNamesTheCriterionThatHasItFirst() {
    Map<String, Object> body = body("2025");
    criteria(body).get(2).put("code", "T-01");

    assertThat(errors(body)).containsExactly(Map.entry("criteria[2].code",
        "Le code « T-01 » est déjà celui de criteria[0].code."));
  }

  @Test
  void aMeasureNeedsANonNegativeMinimumWithAtMostTwoDecimals() {
    Map<String, Object> body = body("2025");
    criteria(body).get(0).remove("minimum");
    criteria(body).get(1).put("minimum", -1);
    criteria(body).get(2).put("measure", "OPENING_HOURS_PER_WEEK");
    criteria(body).get(2).put("minimum", 22.125);

    Map<String, String> errors = errors(body);

    assertThat(errors.get("criteria[0].minimum")).isEqualTo(
        "Indiquez le seuil minimal de la mesure (jours d'ouverture par semaine).");
    assertThat(errors.get("criteria[1].minimum")).isEqualTo("Le seuil ne peut pas être négatif.");
    assertThat(errors.get("criteria[2].minimum")).contains("deux décimales");
  }

  @Test
  void aMinimumIsANumberNotText() {
    Map<String, Object> body = body("2025");
    criteria(body).get(0).put("minimum", "cinq");

    assertThat(errors(body)).containsOnlyKeys("criteria[0].minimum");
  }

  @Test
  void theOperatorsThresholdCannotExceedTheMandatoryOperators() {
    Map<String, Object> body = body("2025");
    criteria(body).get(1).put("minimum", 4);

    assertThat(errors(body).get("criteria[1].minimum")).contains("(4)", "(3)", "aucune structure");
  }

  @Test
  void missingListsAndTooManyCriteriaAreRefused() {
    Map<String, Object> empty = new HashMap<>(Map.of("version", "2025", "title", "Vide", "criteria", List.of(),
        "mandatoryOperators", List.of()));
    assertThat(errors(empty)).containsOnlyKeys("criteria", "mandatoryOperators");

    Map<String, Object> tooMany = body("2025");
    List<Map<String, Object>> many = new ArrayList<>();
    for (int i = 0; i <= PublishReferentialForm.MAX_CRITERIA; i++) {
      many.add(criterion("T-" + i, null, null));
    }
    tooMany.put("criteria", many);
    assertThat(errors(tooMany)).containsExactly(Map.entry("criteria", "Une version compte au plus 100 critères"
        + " (101 envoyés)."));
  }

  @Test
  void unknownFieldsAndThoseRelaisSetsAreRefused() {
    Map<String, Object> body = body("2025");
    body.put("publishedBy", "quelqu'un");
    body.put("status", "DRAFT");
    criteria(body).get(0).put("minimun", 5);

    Map<String, String> errors = errors(body);

    assertThat(errors).containsOnlyKeys("publishedBy", "status", "criteria[0].minimun");
    assertThat(errors.get("publishedBy")).contains("Relais fixe ce champ");
    assertThat(errors.get("criteria[0].minimun")).contains("Champ inconnu");
  }

  @Test
  void aPublishedVersionNumberIsRefusedOnTheVersionField() {
    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
        () -> PublishReferentialForm.read(JSON.valueToTree(body("2019")), ACTIVE, "2019"::equals));

    assertThat(refused.errors()).containsOnlyKeys("version");
    assertThat(refused.errors().get("version")).contains("déjà publiée");
  }

  @Test
  void aBodyThatIsNotAnObjectIsRefusedAsAWhole() {
    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
        () -> PublishReferentialForm.read(JSON.valueToTree(List.of("2025")), ACTIVE, version -> false));

    assertThat(refused.errors()).containsOnlyKeys("body");
  }

  @Test
  void wrongTypesAreFieldErrorsNotUnreadableBodies() {
    Map<String, Object> body = body("2025");
    body.put("version", 2025);
    body.put("criteria", "T-01");
    body.put("mandatoryOperators", "CAF");

    assertThat(errors(body)).containsOnlyKeys("version", "criteria", "mandatoryOperators");
  }

  static Map<String, Object> body(String version) {
    Map<String, Object> opening = criterion("T-01", "OPENING_DAYS_PER_WEEK", 5);
    Map<String, Object> operators = criterion("T-10", "NATIONAL_OPERATORS", 3);
    Map<String, Object> audited = criterion("T-20", null, null);
    audited.put("verifications", List.of("DOCUMENT", "ON_SITE"));
    Map<String, Object> body = new HashMap<>();
    body.put("version", version);
    body.put("title", "Référentiel d'essai");
    body.put("criteria", new ArrayList<>(List.of(opening, operators, audited)));
    body.put("mandatoryOperators", List.of("CAF", "MSA", "URSSAF"));
    return body;
  }

  private static Map<String, Object> criterion(String code, String measure, Integer minimum) {
    Map<String, Object> criterion = new HashMap<>();
    criterion.put("code", code);
    criterion.put("label", "Critère " + code);
    criterion.put("requirement", "Exigence du critère " + code + ".");
    criterion.put("category", "Essai");
    criterion.put("verifications", List.of("DECLARED", "ON_SITE"));
    if (measure != null) {
      criterion.put("measure", measure);
      criterion.put("minimum", minimum);
    }
    return criterion;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> criteria(Map<String, Object> body) {
    return (List<Map<String, Object>>) body.get("criteria");
  }

  private static Draft read(Map<String, Object> body) {
    return PublishReferentialForm.read(JSON.valueToTree(body), ACTIVE, version -> false);
  }

  private static Map<String, String> errors(Map<String, Object> body) {
    JsonNode tree = JSON.valueToTree(body);
    return catchThrowableOfType(InvalidInputException.class, () -> PublishReferentialForm.read(tree, ACTIVE,
        version -> false)).errors();
  }
}
