package fr.relais.forms;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.relais.web.NotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * GET /api/forms/{formId} on the controller alone. The 404 body ({"error": "..."}) is written by the API's
 * error handler for every NotFoundException; here it is enough that an unknown id raises one.
 */
class FormControllerTest {

  private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FormController(TestForms.registry())).build();

  @Test
  void aFormIsServedAsItsDeployedJson() throws Exception {
    mvc.perform(get("/api/forms/referral-answer").accept(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(content().json(Files.readString(Path.of("forms/referral-answer.form")), true));
  }

  @Test
  void anUnknownFormIsNotFound() {
    assertThatThrownBy(() -> mvc.perform(get("/api/forms/no-such-form")))
        .hasRootCauseInstanceOf(NotFoundException.class)
        .hasRootCauseMessage("Formulaire introuvable.");
  }
}
