package fr.relais.account;

import fr.relais.security.RelaisUserDetails;
import fr.relais.web.InvalidInputException;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class UserApiController {

  private final UserAdministration administration;
  private final UserImport imports;

  UserApiController(UserAdministration administration, UserImport imports) {
    this.administration = administration;
    this.imports = imports;
  }

  @GetMapping("/api/users")
  List<UserView> list(@RequestParam Map<String, String> query, @AuthenticationPrincipal RelaisUserDetails principal) {
    return administration.list(principal.user(), UserFilters.parse(query)).stream().map(UserView::of).toList();
  }

  @GetMapping("/api/users/{username}")
  UserView get(@PathVariable String username, @AuthenticationPrincipal RelaisUserDetails principal) {
    return UserView.of(administration.get(principal.user(), username));
  }

  @PostMapping(path = "/api/users", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<UserView> create(@RequestBody Map<String, Object> body,
      @AuthenticationPrincipal RelaisUserDetails principal) {
    String username = administration.create(principal.user(), body).username();
    UserView created = UserView.of(administration.get(principal.user(), username));
    return ResponseEntity.created(URI.create("/api/users/" + username)).body(created);
  }

  @PatchMapping(path = "/api/users/{username}", consumes = MediaType.APPLICATION_JSON_VALUE)
  UserView update(@PathVariable String username, @RequestBody Map<String, Object> body,
      @AuthenticationPrincipal RelaisUserDetails principal) {
    administration.update(principal.user(), username, body);
    return UserView.of(administration.get(principal.user(), username));
  }

  @PostMapping(path = "/api/users/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  UserImport.Report importFile(@RequestPart(name = "file", required = false) MultipartFile file,
      @AuthenticationPrincipal RelaisUserDetails principal) throws IOException {
    if (file == null) {
      throw new InvalidInputException(Map.of("file", "Joignez le fichier CSV (partie « file »)."));
    }
    return imports.importCsv(principal.user(), file.getBytes());
  }

  @PostMapping(path = "/api/users/import", consumes = "text/csv")
  UserImport.Report importBody(@RequestBody byte[] body, @AuthenticationPrincipal RelaisUserDetails principal) {
    return imports.importCsv(principal.user(), body);
  }
}
