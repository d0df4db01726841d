package fr.relais.security;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

  record Me(String username, String displayName, String email, List<String> roles, List<String> groups) {}

  @GetMapping("/api/me")
  Me me(@AuthenticationPrincipal RelaisUserDetails principal) {
    RelaisUser user = principal.user();
    return new Me(user.username(), user.displayName(), user.email(), List.of(user.role().name()), user.groups());
  }
}
