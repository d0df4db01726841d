package fr.relais.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Loading forms at start-up: everything in forms/, and a malformed file stopping the start. */
class FormRegistryTest {

  @TempDir
  Path folder;

  private FormRegistry load() {
    return new FormRegistry(new PathMatchingResourcePatternResolver(), folder.toUri() + "*.form");
  }

  private void write(String file, String json) throws IOException {
    Files.writeString(folder.resolve(file), json);
  }

  @Test
  void everyFormOfTheClasspathIsFoundByItsId() throws IOException {
    FormRegistry registry = TestForms.registry();

    assertThat(registry.find("referral-answer")).isPresent();
    assertThat(registry.schemaJson("referral-answer").orElseThrow())
        .isEqualTo(Files.readString(Path.of("forms/referral-answer.form")));
  }

  @Test
  void anUnknownIdFindsNothing() {
    FormRegistry registry = TestForms.registry();

    assertThat(registry.find("no-such-form")).isEmpty();
    assertThat(registry.find(null)).isEmpty();
    assertThat(registry.schemaJson("../application.yaml")).isEmpty();
  }

  @Test
  void formsAreLoadedFromTheGivenLocationAndOtherFilesIgnored() throws IOException {
    write("simple.form", """
        {"type": "default", "id": "simple", "components": [
          {"type": "textfield", "id": "Field_A", "key": "a", "label": "A"}]}""");
    write("notes.txt", "not a form");

    FormRegistry registry = load();

    assertThat(registry.formIds()).containsExactly("simple");
  }

  @Test
  void aMalformedFileStopsTheStart() throws IOException {
    write("good.form", """
        {"type": "default", "id": "good", "components": []}""");
    write("broken.form", """
        {"type": "default", "id": "broken", "components": [{"type": "textfield", "id": "F"}""");

    assertThatThrownBy(this::load).isInstanceOf(FormSchemaException.class).hasMessageContaining("'broken'");
  }

  @Test
  void aFileWhoseIdIsNotItsNameStopsTheStart() throws IOException {
    write("referral-answer.form", """
        {"type": "default", "id": "Form_0x1abc", "components": []}""");

    assertThatThrownBy(this::load).isInstanceOf(FormSchemaException.class)
        .hasMessageContaining("must equal the file name");
  }
}
