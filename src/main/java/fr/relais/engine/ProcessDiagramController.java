package fr.relais.engine;

import fr.relais.web.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The BPMN XML a case page's diagram viewer draws. Any signed-in user may read it: a process model says
 * how Relais works, nothing about a case.
 */
@Controller
class ProcessDiagramController {

  private final ProcessModels models;

  ProcessDiagramController(ProcessModels models) {
    this.models = models;
  }

  @GetMapping("/processes/{processId}/diagram")
  ResponseEntity<byte[]> diagram(@PathVariable String processId) {
    return models.diagram(processId)
        .map(xml -> ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml))
        .orElseThrow(() -> new NotFoundException("no process model " + processId));
  }
}
