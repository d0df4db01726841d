package fr.relais.forms;

import fr.relais.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves form schemas as deployed, for API clients that render Camunda Forms themselves. */
@RestController
@RequestMapping("/api/forms")
class FormController {

  private final FormRegistry forms;

  FormController(FormRegistry forms) {
    this.forms = forms;
  }

  @GetMapping(value = "/{formId}", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> schema(@PathVariable String formId) {
    return forms.schemaJson(formId)
        .map(json -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json))
        .orElseThrow(() -> new NotFoundException("Formulaire introuvable."));
  }
}
