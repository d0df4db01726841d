package fr.relais.forms;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.DefaultResourceLoader;

/** Forms and helpers shared by the tests of this package. */
final class TestForms {

  /** 10 March 2026, 10:00 in Paris (UTC+1). */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);

  static final FormOptions OPERATORS = FormOptions.of("operators", List.of(
      new FormOption("CAF", "Caisse d'allocations familiales"),
      new FormOption("CNAV", "Assurance retraite"),
      new FormOption("DGFIP", "Finances publiques")));

  /** One field of every supported type, with the rules the validator knows. */
  static final String EVERYTHING = """
      {
        "type": "default",
        "id": "everything",
        "schemaVersion": 19,
        "executionPlatform": "Camunda Cloud",
        "executionPlatformVersion": "8.8.0",
        "components": [
          {"type": "text", "id": "Text_Intro", "text": "# Titre\\n\\nUn **texte** avec [un lien](https://www.france-services.gouv.fr)."},
          {"type": "textfield", "id": "Field_Name", "key": "name", "label": "Nom", "description": "Nom d'usage",
           "layout": {"row": "Row_Identity", "columns": null},
           "validate": {"required": true, "minLength": 2, "maxLength": 20}},
          {"type": "textfield", "id": "Field_Code", "key": "code", "label": "Code",
           "layout": {"row": "Row_Identity", "columns": null}, "validate": {"pattern": "^[A-Z]{3}$"}},
          {"type": "textfield", "id": "Field_Email", "key": "email", "label": "Courriel",
           "validate": {"validationType": "email"}},
          {"type": "textarea", "id": "Field_Notes", "key": "notes", "label": "Notes"},
          {"type": "number", "id": "Field_Age", "key": "age", "label": "Âge", "decimalDigits": 0,
           "validate": {"min": 18, "max": 120}},
          {"type": "number", "id": "Field_Amount", "key": "amount", "label": "Montant", "decimalDigits": 2},
          {"type": "number", "id": "Field_Reference", "key": "reference", "label": "Référence", "serializeToString": true},
          {"type": "checkbox", "id": "Field_Agree", "key": "agree", "label": "J'accepte", "validate": {"required": true}},
          {"type": "checkbox", "id": "Field_Newsletter", "key": "newsletter", "label": "Lettre d'information",
           "defaultValue": true},
          {"type": "checklist", "id": "Field_Topics", "key": "topics", "label": "Sujets",
           "values": [{"label": "Logement", "value": "HOUSING"}, {"label": "Emploi", "value": "WORK"}]},
          {"type": "radio", "id": "Field_Size", "key": "size", "label": "Taille", "defaultValue": "S",
           "values": [{"label": "Petite", "value": "S"}, {"label": "Grande", "value": "L"}]},
          {"type": "select", "id": "Field_Operator", "key": "operator", "label": "Organisme", "valuesKey": "operators"},
          {"type": "datetime", "id": "Field_Day", "key": "day", "subtype": "date", "dateLabel": "Jour",
           "disallowPassedDates": true},
          {"type": "datetime", "id": "Field_Meeting", "key": "meeting", "subtype": "datetime", "dateLabel": "Date",
           "timeLabel": "Heure", "timeSerializingFormat": "utc_normalized"},
          {"type": "datetime", "id": "Field_Opening", "key": "opening", "subtype": "time", "timeLabel": "Ouverture",
           "timeSerializingFormat": "no_timezone"},
          {"type": "group", "id": "Group_Address", "label": "Adresse", "path": "address", "components": [
            {"type": "textfield", "id": "Field_City", "key": "city", "label": "Ville", "validate": {"required": true}}
          ]},
          {"type": "group", "id": "Group_Contact", "label": "Contact", "components": [
            {"type": "textfield", "id": "Field_Phone", "key": "phone", "label": "Téléphone",
             "validate": {"validationType": "phone"}}
          ]},
          {"type": "dynamiclist", "id": "List_Checks", "label": "Critères", "path": "checks", "defaultRepetitions": 2,
           "components": [
            {"type": "textfield", "id": "Field_CheckCode", "key": "code", "label": "Code", "validate": {"required": true}},
            {"type": "select", "id": "Field_CheckResult", "key": "result", "label": "Résultat",
             "values": [{"label": "Conforme", "value": "OK"}, {"label": "Non conforme", "value": "KO"}],
             "validate": {"required": true}},
            {"type": "textarea", "id": "Field_CheckComment", "key": "comment", "label": "Commentaire",
             "conditional": {"hide": "=result != \\"KO\\""}, "validate": {"required": true, "maxLength": 500}}
          ]},
          {"type": "filepicker", "id": "Field_Proof", "key": "proof", "label": "Justificatif", "accept": ".pdf"},
          {"type": "textfield", "id": "Field_Locked", "key": "locked", "label": "Numéro de dossier", "readonly": true},
          {"type": "textarea", "id": "Field_Shown", "key": "shown", "label": "Rappel du dossier", "disabled": true}
        ]
      }
      """;

  private TestForms() {}

  static FormDefinition everything() {
    return FormSchemaParser.parse("everything", EVERYTHING);
  }

  /** The forms of forms/, read the way the application reads them. */
  static FormRegistry registry() {
    return new FormRegistry(new DefaultResourceLoader());
  }

  static FormDefinition form(String id) {
    return registry().find(id).orElseThrow();
  }

  /** A map from key/value pairs, nulls allowed (Map.of refuses them). */
  static Map<String, Object> input(Object... keysAndValues) {
    Map<String, Object> input = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      input.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return input;
  }
}
