package fr.relais.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import fr.relais.web.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the version ANCT publishes through the API. The body is read node by node rather than bound to a record so
 * that every mistake comes back at once, keyed by its path in the body ({@code criteria[3].minimum}); a version
 * with a single error is not published at all.
 */
final class PublishReferentialForm {

  static final int MAX_CRITERIA = 100;
  // A version is a path segment of /api/referentials/{version}: starting with a letter or digit keeps "." and ".." out.
  private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,19}");
  private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{1,20}");
  // The minimum column is numeric(8, 2).
  private static final BigDecimal LARGEST_MINIMUM = new BigDecimal("999999.99");
  private static final List<String> FIELDS = List.of("version", "title", "criteria", "mandatoryOperators");
  private static final List<String> CRITERION_FIELDS =
      List.of("code", "label", "requirement", "category", "verifications", "measure", "minimum");
  // What GET /api/referentials/{version} adds: refused with its own message, since a copied version carries them.
  private static final Set<String> SET_BY_RELAIS = Set.of("publishedAt", "publishedBy", "current");

  private final List<String> activeOperators;
  private final Predicate<String> published;
  private final Map<String, String> errors = new LinkedHashMap<>();

  private PublishReferentialForm(List<String> activeOperators, Predicate<String> published) {
    this.activeOperators = activeOperators;
    this.published = published;
  }

  /**
   * @param activeOperators the codes a version may make mandatory, in the order they are listed to people
   * @param published whether a version number is taken
   * @throws InvalidInputException with every error found
   */
  static Draft read(JsonNode body, List<String> activeOperators, Predicate<String> published) {
    return new PublishReferentialForm(activeOperators, published).read(body);
  }

  static String alreadyPublished(String version) {
    return "La version « " + version + " » est déjà publiée ; une version publiée ne change plus : choisissez un"
        + " autre numéro.";
  }

  private Draft read(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new InvalidInputException(Map.of("body", "Envoyez un objet JSON avec les champs "
          + String.join(", ", FIELDS) + "."));
    }
    unknownFields(body, FIELDS, "");
    String version = version(body.get("version"));
    String title = text(body.get("title"), "title", 200, "Indiquez le titre de la version (texte de référence).");
    Set<String> operators = operators(body.get("mandatoryOperators"));
    List<Criterion> criteria = criteria(body.get("criteria"), operators);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Draft(version, title, criteria, operators);
  }

  private String version(JsonNode node) {
    String version = text(node, "version", 0, "Indiquez le numéro de la nouvelle version, par exemple « 2025 ».");
    if (version == null) {
      return null;
    }
    if (!VERSION.matcher(version).matches()) {
      return error("version", "La version s'écrit en 1 à 20 caractères, lettres sans accent, chiffres, point, tiret"
          + " ou souligné, en commençant par une lettre ou un chiffre (ex. « 2025 » ou « 2025-1 »).");
    }
    return published.test(version) ? error("version", alreadyPublished(version)) : version;
  }

  private Set<String> operators(JsonNode node) {
    String path = "mandatoryOperators";
    if (isAbsent(node) || node.isArray() && node.isEmpty()) {
      return error(path, "Indiquez au moins un opérateur national obligatoire (codes possibles : "
          + String.join(", ", activeOperators) + ").");
    }
    if (!node.isArray()) {
      return error(path, "Une liste de codes d'opérateurs est attendue, par exemple [\"CAF\", \"MSA\"].");
    }
    Set<String> codes = new LinkedHashSet<>();
    int errorsBefore = errors.size();
    for (int i = 0; i < node.size(); i++) {
      String itemPath = path + "[" + i + "]";
      String code = shown(node.get(i));
      if (!node.get(i).isTextual() || !activeOperators.contains(code)) {
        error(itemPath, "Opérateur inconnu ou inactif : « " + code + " » (codes possibles : "
            + String.join(", ", activeOperators) + ").");
      } else if (!codes.add(code)) {
        error(itemPath, "L'opérateur « " + code + " » figure déjà dans la liste.");
      }
    }
    return errors.size() == errorsBefore ? codes : null;
  }

  /** @param operators the valid mandatory operators, or null when they are refused */
  private List<Criterion> criteria(JsonNode node, Set<String> operators) {
    if (isAbsent(node) || node.isArray() && node.isEmpty()) {
      return error("criteria", "Indiquez au moins un critère.");
    }
    if (!node.isArray()) {
      return error("criteria", "Une liste de critères est attendue.");
    }
    if (node.size() > MAX_CRITERIA) {
      return error("criteria", "Une version compte au plus " + MAX_CRITERIA + " critères (" + node.size()
          + " envoyés).");
    }
    List<Criterion> criteria = new ArrayList<>();
    Map<String, String> pathsByCode = new HashMap<>();
    for (int i = 0; i < node.size(); i++) {
      Criterion criterion = criterion(node.get(i), "criteria[" + i + "]", pathsByCode, operators);
      if (criterion != null) {
        criteria.add(criterion);
      }
    }
    return criteria;
  }

  private Criterion criterion(JsonNode node, String path, Map<String, String> pathsByCode, Set<String> operators) {
    if (!node.isObject()) {
      return error(path, "Chaque critère est un objet JSON avec les champs " + String.join(", ", CRITERION_FIELDS)
          + ".");
    }
    int errorsBefore = errors.size();
    unknownFields(node, CRITERION_FIELDS, path + ".");
    String code = code(node.get("code"), path + ".code", pathsByCode);
    String label = text(node.get("label"), path + ".label", 120, "Indiquez l'intitulé court du critère.");
    String requirement = text(node.get("requirement"), path + ".requirement", 2000,
        "Indiquez ce que le critère exige de la structure.");
    String category = text(node.get("category"), path + ".category", 80,
        "Indiquez la catégorie du critère, par exemple « Locaux ».");
    List<Verification> verifications = verifications(node.get("verifications"), path + ".verifications");
    JsonNode measureNode = node.get("measure");
    Measure measure = measure(measureNode, path + ".measure");
    BigDecimal minimum = isAbsent(measureNode) ? noMinimum(node.get("minimum"), path + ".minimum")
        : measure == null ? null : minimum(node.get("minimum"), path + ".minimum", measure, operators);
    return errors.size() > errorsBefore ? null
        : new Criterion(code, label, requirement, category, verifications, measure, minimum);
  }

  private String code(JsonNode node, String path, Map<String, String> pathsByCode) {
    String code = text(node, path, 0, "Indiquez le code du critère, par exemple « FS-10 ».");
    if (code == null) {
      return null;
    }
    if (!CODE.matcher(code).matches()) {
      return error(path, "Le code s'écrit en 1 à 20 caractères, majuscules sans accent, chiffres ou tiret"
          + " (ex. « FS-10 »).");
    }
    String first = pathsByCode.putIfAbsent(code, path);
    return first == null ? code : error(path, "Le code « " + code + " » est déjà celui de " + first + ".");
  }

  private List<Verification> verifications(JsonNode node, String path) {
    if (isAbsent(node) || node.isArray() && node.isEmpty()) {
      return error(path, "Indiquez au moins un mode de vérification (" + choices(Verification.values()) + ").");
    }
    if (!node.isArray()) {
      return error(path, "Une liste est attendue, par exemple [\"DOCUMENT\", \"ON_SITE\"].");
    }
    Set<Verification> verifications = new LinkedHashSet<>();
    for (int i = 0; i < node.size(); i++) {
      Verification verification = constant(Verification.class, node.get(i));
      if (verification == null) {
        error(path + "[" + i + "]", "Mode de vérification inconnu : « " + shown(node.get(i)) + " » (valeurs"
            + " possibles : " + choices(Verification.values()) + ").");
      } else if (!verifications.add(verification)) {
        error(path + "[" + i + "]", "« " + verification + " » figure déjà dans la liste.");
      }
    }
    return List.copyOf(verifications);
  }

  private Measure measure(JsonNode node, String path) {
    if (isAbsent(node)) {
      return null;
    }
    Measure measure = constant(Measure.class, node);
    return measure != null ? measure : error(path, "Mesure inconnue : « " + shown(node) + " ». Valeurs possibles : "
        + Arrays.stream(Measure.values()).map(m -> m.name() + " (" + m.unit() + ")").collect(Collectors.joining(", "))
        + " ; ou pas de mesure du tout pour un critère que seul l'audit vérifie.");
  }

  private BigDecimal noMinimum(JsonNode node, String path) {
    return isAbsent(node) ? null : error(path, "Un seuil ne va qu'avec une mesure : indiquez « measure » ou retirez"
        + " le seuil.");
  }

  /** @param operators the valid mandatory operators, or null when they are refused */
  private BigDecimal minimum(JsonNode node, String path, Measure measure, Set<String> operators) {
    if (isAbsent(node)) {
      return error(path, "Indiquez le seuil minimal de la mesure (" + measure.unit() + ").");
    }
    if (!node.isNumber()) {
      return error(path, "Le seuil est un nombre, par exemple 24 ou 22.5.");
    }
    BigDecimal minimum = node.decimalValue();
    if (minimum.signum() < 0) {
      return error(path, "Le seuil ne peut pas être négatif.");
    }
    if (minimum.compareTo(LARGEST_MINIMUM) > 0 || minimum.stripTrailingZeros().scale() > 2) {
      return error(path, "Le seuil a au plus deux décimales et reste inférieur à 1 000 000.");
    }
    if (measure == Measure.NATIONAL_OPERATORS && operators != null
        && minimum.compareTo(BigDecimal.valueOf(operators.size())) > 0) {
      return error(path, "Le seuil (" + minimum.toPlainString() + ") dépasse le nombre d'opérateurs obligatoires de la"
          + " version (" + operators.size() + ") : aucune structure ne pourrait l'atteindre.");
    }
    return minimum;
  }

  private String text(JsonNode node, String path, int maxLength, String missing) {
    if (isAbsent(node) || node.isTextual() && node.asText().isBlank()) {
      return error(path, missing);
    }
    if (!node.isTextual()) {
      return error(path, "Ce champ est du texte, entre guillemets.");
    }
    String text = node.asText().strip();
    if (maxLength > 0 && text.length() > maxLength) {
      return error(path, "Au plus " + maxLength + " caractères (" + text.length() + " envoyés).");
    }
    return text;
  }

  private void unknownFields(JsonNode node, List<String> known, String prefix) {
    node.fieldNames().forEachRemaining(field -> {
      if (SET_BY_RELAIS.contains(field) && prefix.isEmpty()) {
        error(field, "Relais fixe ce champ à la publication : retirez-le.");
      } else if (!known.contains(field)) {
        error(prefix + field, "Champ inconnu (champs possibles : " + String.join(", ", known) + ").");
      }
    });
  }

  private static String shown(JsonNode node) {
    return node.isTextual() ? node.asText().strip() : node.toString();
  }

  private static boolean isAbsent(JsonNode node) {
    return node == null || node.isNull();
  }

  private static <E extends Enum<E>> E constant(Class<E> type, JsonNode node) {
    if (!node.isTextual()) {
      return null;
    }
    return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(node.asText().strip()))
        .findFirst().orElse(null);
  }

  private static String choices(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
  }

  /** Records the error and answers null, so a reader returns it in one statement. */
  private <T> T error(String path, String message) {
    errors.putIfAbsent(path, message);
    return null;
  }

  /** A valid version, not yet published. */
  record Draft(String version, String title, List<Criterion> criteria, Set<String> mandatoryOperators) {

    Referential publishedAt(Instant instant) {
      return new Referential(version, title, instant, criteria, mandatoryOperators);
    }
  }
}
