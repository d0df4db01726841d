package fr.relais.labellisation;

import fr.relais.security.RelaisUserDetails;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/structures")
class StructureApiController {

  private final StructureService structures;

  StructureApiController(StructureService structures) {
    this.structures = structures;
  }

  /** Takes the fields of the {@code structure-proposal} form; the department is the prefect's own. */
  @PostMapping
  ResponseEntity<StructureView> propose(@RequestBody Map<String, Object> fields,
      @AuthenticationPrincipal RelaisUserDetails principal) {
    StructureView structure = structures.propose(principal.user(), fields);
    return ResponseEntity.created(URI.create("/api/structures/" + structure.id())).body(structure);
  }

  @GetMapping
  List<StructureView> search(@RequestParam(required = false) String department,
      @RequestParam(required = false) StructureStatus status, @AuthenticationPrincipal RelaisUserDetails principal) {
    return structures.search(principal.user(), department, status);
  }

  @GetMapping("/{id}")
  StructureView get(@PathVariable UUID id, @AuthenticationPrincipal RelaisUserDetails principal) {
    return structures.view(principal.user(), id);
  }

  @GetMapping("/{id}/annex")
  ResponseEntity<byte[]> annex(@PathVariable UUID id, @AuthenticationPrincipal RelaisUserDetails principal) {
    return AnnexDownload.of(structures.annex(principal.user(), id));
  }
}
