package fr.relais.account;

import fr.relais.forms.FormContract;
import fr.relais.forms.FormDefinition;
import fr.relais.forms.FormOption;
import fr.relais.forms.FormOptions;
import fr.relais.forms.FormRegistry;
import fr.relais.forms.FormSubmission;
import fr.relais.forms.FormValidator;
import fr.relais.security.RelaisUser;
import fr.relais.security.Role;
import fr.relais.structure.ReferenceData;
import fr.relais.web.InvalidInputException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The {@code user-account} form, shared by the page, the API and the CSV import: its schema checks each field, this
 * class adds what a schema cannot say (the scope each role needs, a structure that exists) and builds the account.
 * A prefect is offered the referent role in their department only.
 */
@Component
class UserForm {

  static final String FORM_ID = "user-account";

  private final FormRegistry forms;
  private final FormValidator validator;
  private final ReferenceData referenceData;

  UserForm(FormRegistry forms, FormValidator validator, ReferenceData referenceData) {
    this.forms = forms;
    this.validator = validator;
    this.referenceData = referenceData;
  }

  FormDefinition definition() {
    return contract(null).definition();
  }

  FormOptions optionsFor(RelaisUser actor) {
    return contract(actor).options();
  }

  /**
   * The account the values describe, or an {@link InvalidInputException} with every field error. Checked against
   * every role and department: whether the actor may manage that account is the administration's question (403).
   */
  RelaisUser validate(Map<String, Object> input) {
    FormSubmission submission = contract(null).submit(input);
    Map<String, String> errors = new LinkedHashMap<>(submission.errors());
    Map<String, Object> values = submission.values();
    // Every error at once: the scope a role needs is said even while another field is wrong.
    if (!errors.containsKey("role") && values.get("role") instanceof String chosen) {
      Role role = Role.valueOf(chosen);
      for (String field : scopeFields(role)) {
        if (values.get(field) == null && !errors.containsKey(field)) {
          errors.put(field, "Obligatoire pour le rôle « " + role.label() + " ».");
        }
      }
    }
    if (!errors.containsKey("structureId") && values.get("structureId") instanceof String structure
        && referenceData.structure(UUID.fromString(structure)).isEmpty()) {
      errors.put("structureId", "Aucune structure n'a cet identifiant.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new RelaisUser((String) values.get("username"), (String) values.get("displayName"),
        (String) values.get("email"), Role.valueOf((String) values.get("role")), (String) values.get("department"),
        (String) values.get("operator"),
        values.get("structureId") instanceof String structure ? UUID.fromString(structure) : null,
        (String) values.get("trainingBody"));
  }

  /** The account's fields as the form names them: what an edit starts from. */
  static Map<String, Object> valuesOf(RelaisUser user) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("username", user.username());
    values.put("displayName", user.displayName());
    values.put("email", user.email());
    values.put("role", user.role().name());
    values.put("department", user.department());
    values.put("operator", user.operator());
    values.put("structureId", user.structureId() == null ? null : user.structureId().toString());
    values.put("trainingBody", user.trainingBody());
    values.values().removeIf(Objects::isNull);
    return values;
  }

  /** The scope fields a role needs; the form hides the others, so they are never kept. */
  private static List<String> scopeFields(Role role) {
    return switch (role) {
      case PREFECT -> List.of("department");
      case REFERENT -> List.of("department", "operator");
      case ESCALATION -> List.of("operator");
      case AGENT -> List.of("structureId");
      case TRAINER -> List.of("trainingBody");
      case ADMIN, ANCT, AUDITOR, VISITOR -> List.of();
    };
  }

  private FormContract contract(RelaisUser actor) {
    return new FormContract(forms, validator, FORM_ID, () -> options(actor));
  }

  /** The roles the actor may give (a prefect: referent only); every role when no actor is named. */
  static List<FormOption> roleOptions(RelaisUser actor) {
    boolean prefect = actor != null && actor.hasRole(Role.PREFECT);
    return Arrays.stream(Role.values())
        .filter(role -> !prefect || role == Role.REFERENT)
        .map(role -> new FormOption(role.name(), role.label()))
        .toList();
  }

  private FormOptions options(RelaisUser actor) {
    boolean prefect = actor != null && actor.hasRole(Role.PREFECT);
    List<FormOption> roles = roleOptions(actor);
    List<FormOption> departments = referenceData.departmentOptions().stream()
        .filter(option -> !prefect || option.value().equals(actor.department()))
        .toList();
    return FormOptions.of(Map.of("roles", roles, "departments", departments, "operators",
        referenceData.operatorOptions(), "trainingBodies", referenceData.trainingBodyOptions()));
  }
}
