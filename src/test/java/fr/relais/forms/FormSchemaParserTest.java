package fr.relais.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relais.forms.FormComponent.DateTime;
import fr.relais.forms.FormComponent.DateTimeSubtype;
import fr.relais.forms.FormComponent.DynamicList;
import fr.relais.forms.FormComponent.FilePicker;
import fr.relais.forms.FormComponent.Group;
import fr.relais.forms.FormComponent.NumberField;
import fr.relais.forms.FormComponent.Text;
import fr.relais.forms.FormComponent.TimeFormat;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading Camunda Forms JSON: every supported type, and a loud refusal of anything Relais cannot honour. */
class FormSchemaParserTest {

  private static String form(String components) {
    return """
        {"type": "default", "id": "sample", "schemaVersion": 19, "executionPlatform": "Camunda Cloud",
         "executionPlatformVersion": "8.8.0", "components": [%s]}
        """.formatted(components);
  }

  @Test
  void everySupportedTypeIsRead() {
    FormDefinition form = TestForms.everything();

    assertThat(form.id()).isEqualTo("everything");
    assertThat(form.components()).hasSize(22);
    assertThat(form.field("locked").orElseThrow().editing()).isEqualTo(FormComponent.Editing.READONLY);
    assertThat(form.field("shown").orElseThrow().editing()).isEqualTo(FormComponent.Editing.DISABLED);
    assertThat(form.components().getFirst()).isInstanceOf(Text.class);
    assertThat(form.field("age").orElseThrow()).isInstanceOfSatisfying(NumberField.class, age -> {
      assertThat(age.min()).isEqualByComparingTo(new BigDecimal("18"));
      assertThat(age.max()).isEqualByComparingTo(new BigDecimal("120"));
      assertThat(age.decimalDigits()).isZero();
    });
    assertThat(form.field("meeting").orElseThrow()).isInstanceOfSatisfying(DateTime.class, meeting -> {
      assertThat(meeting.subtype()).isEqualTo(DateTimeSubtype.DATETIME);
      assertThat(meeting.timeFormat()).isEqualTo(TimeFormat.UTC_NORMALIZED);
      assertThat(meeting.label()).isEqualTo("Date et heure");
    });
    assertThat(form.components()).filteredOn(Group.class::isInstance).hasSize(2);
    assertThat(form.components()).filteredOn(DynamicList.class::isInstance).singleElement()
        .isInstanceOfSatisfying(DynamicList.class, list -> {
          assertThat(list.path()).isEqualTo("checks");
          assertThat(list.defaultRepetitions()).isEqualTo(2);
          assertThat(list.components()).hasSize(3);
          assertThat(list.components().get(2).hide()).isEqualTo("=result != \"KO\"");
        });
    assertThat(form.field("proof").orElseThrow()).isInstanceOfSatisfying(FilePicker.class,
        proof -> assertThat(proof.accept()).isEqualTo(".pdf"));
    assertThat(form.fields()).extracting(FormComponent.Field::key).contains("city", "phone", "code", "result");
  }

  @Test
  void unknownPropertiesOfTheEditorAreIgnored() {
    FormDefinition form = FormSchemaParser.parse("sample", form("""
        {"type": "textfield", "id": "Field_A", "key": "a", "label": "A", "appearance": {"prefixAdorner": "€"},
         "properties": {"x": "y"}, "layout": {"row": "Row_A", "columns": 8}}"""));

    assertThat(form.fields()).singleElement().satisfies(field -> assertThat(field.row()).isEqualTo("Row_A"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      unknown component type  | {"type": "button", "id": "Button_1", "label": "Envoyer"}                              | cannot render
      key missing             | {"type": "textfield", "id": "Field_A", "label": "A"}                                   | "key"
      key not a variable name | {"type": "textfield", "id": "Field_A", "key": "a-b", "label": "A"}                     | plain variable name
      dotted key              | {"type": "textfield", "id": "Field_A", "key": "a.b", "label": "A"}                     | plain variable name
      label missing           | {"type": "textfield", "id": "Field_A", "key": "a"}                                     | needs a label
      id missing              | {"type": "textfield", "key": "a", "label": "A"}                                        | "id"
      duplicate key           | {"type": "textfield", "id": "Field_A", "key": "a", "label": "A"}, {"type": "textarea", "id": "Field_B", "key": "a", "label": "B"} | used twice
      duplicate component id  | {"type": "textfield", "id": "Field_A", "key": "a", "label": "A"}, {"type": "textarea", "id": "Field_A", "key": "b", "label": "B"} | used twice
      bad FEEL                | {"type": "textfield", "id": "Field_A", "key": "a", "label": "A", "conditional": {"hide": "=a !=== ("}} | invalid FEEL
      hide not a string       | {"type": "textfield", "id": "Field_A", "key": "a", "label": "A", "conditional": {"hide": true}} | FEEL expression string
      bad pattern             | {"type": "textfield", "id": "Field_A", "key": "a", "label": "A", "validate": {"pattern": "(["}} | regular expression
      min above max           | {"type": "number", "id": "Field_A", "key": "a", "label": "A", "validate": {"min": 5, "max": 1}} | greater than
      minLength above max     | {"type": "textarea", "id": "Field_A", "key": "a", "label": "A", "validate": {"minLength": 5, "maxLength": 1}} | greater than
      negative maxLength      | {"type": "textarea", "id": "Field_A", "key": "a", "label": "A", "validate": {"maxLength": -1}} | zero or more
      choice without options  | {"type": "select", "id": "Field_A", "key": "a", "label": "A"}                           | values or valuesKey
      values and valuesKey    | {"type": "select", "id": "Field_A", "key": "a", "label": "A", "valuesKey": "x", "values": [{"label": "X", "value": "x"}]} | not both
      valuesExpression        | {"type": "radio", "id": "Field_A", "key": "a", "label": "A", "valuesExpression": "=list"} | valuesExpression
      duplicate option        | {"type": "radio", "id": "Field_A", "key": "a", "label": "A", "values": [{"label": "X", "value": "x"}, {"label": "Y", "value": "x"}]} | listed twice
      unknown datetime subtype | {"type": "datetime", "id": "Field_A", "key": "a", "dateLabel": "A", "subtype": "week"} | subtype
      dynamic list without path | {"type": "dynamiclist", "id": "List_A", "label": "A", "components": []}              | needs a path
      FEEL text               | {"type": "text", "id": "Text_A", "text": "=greeting"}                                  | not supported
      email on a textarea     | {"type": "textarea", "id": "Field_A", "key": "a", "label": "A", "validate": {"validationType": "email"}} | textfields only
      nested unknown type     | {"type": "group", "id": "Group_A", "label": "A", "components": [{"type": "iframe", "id": "Frame_A"}]} | cannot render
      key clash through a group | {"type": "textfield", "id": "Field_A", "key": "a", "label": "A"}, {"type": "group", "id": "Group_A", "components": [{"type": "textfield", "id": "Field_B", "key": "a", "label": "B"}]} | used twice
      """)
  void aFormRelaisCannotHonourIsRefusedWithTheReason(String problem, String components, String reason) {
    assertThatThrownBy(() -> FormSchemaParser.parse("sample", form(components)))
        .isInstanceOf(FormSchemaException.class)
        .hasMessageStartingWith("form 'sample'")
        .hasMessageContaining(reason);
  }

  @Test
  void theIdMustBeTheFileName() {
    assertThatThrownBy(() -> FormSchemaParser.parse("other-name", form("")))
        .isInstanceOf(FormSchemaException.class).hasMessageContaining("must equal the file name");
  }

  @Test
  void malformedJsonIsRefused() {
    assertThatThrownBy(() -> FormSchemaParser.parse("sample", "{\"type\": \"default\", "))
        .isInstanceOf(FormSchemaException.class).hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> FormSchemaParser.parse("sample", "[]"))
        .isInstanceOf(FormSchemaException.class).hasMessageContaining("not a JSON object");
    assertThatThrownBy(() -> FormSchemaParser.parse("sample", form("").replace("\"default\"", "\"other\"")))
        .isInstanceOf(FormSchemaException.class).hasMessageContaining("\"type\" must be \"default\"");
    assertThatThrownBy(() -> FormSchemaParser.parse("sample", "{\"type\": \"default\", \"id\": \"sample\"}"))
        .isInstanceOf(FormSchemaException.class).hasMessageContaining("components must be an array");
  }

  @Test
  void duplicateJsonPropertiesAreRefusedRatherThanSilentlyOverwritten() {
    assertThatThrownBy(() -> FormSchemaParser.parse("sample", form("""
        {"type": "textfield", "id": "Field_A", "key": "a", "key": "b", "label": "A"}""")))
        .isInstanceOf(FormSchemaException.class).hasMessageContaining("not valid JSON");
  }
}
