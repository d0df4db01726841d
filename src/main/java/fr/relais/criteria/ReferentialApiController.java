package fr.relais.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import fr.relais.security.RelaisUserDetails;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Versions are published and read, never changed: there is no PUT or DELETE on purpose. */
@RestController
@RequestMapping("/api/referentials")
class ReferentialApiController {

  private final ReferentialService referentials;

  ReferentialApiController(ReferentialService referentials) {
    this.referentials = referentials;
  }

  /** Takes the body as a tree so that a wrong type is a field error, not an unreadable body. */
  @PostMapping
  ResponseEntity<ReferentialView> publish(@RequestBody JsonNode body,
      @AuthenticationPrincipal RelaisUserDetails principal) {
    ReferentialView published = referentials.publish(principal.user(), body);
    // The version pattern admits only characters that need no encoding in a path.
    return ResponseEntity.created(URI.create("/api/referentials/" + published.version())).body(published);
  }

  @GetMapping
  List<ReferentialSummary> versions(@AuthenticationPrincipal RelaisUserDetails principal) {
    return referentials.versions(principal.user());
  }

  @GetMapping("/{version}")
  ReferentialView version(@PathVariable String version, @AuthenticationPrincipal RelaisUserDetails principal) {
    return referentials.view(principal.user(), version);
  }
}
