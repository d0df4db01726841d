package fr.relais.account;

import fr.relais.notification.NotificationPreferences;
import fr.relais.security.RelaisUserDetails;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NotificationChoiceApiController {

  private final NotificationPreferences preferences;

  NotificationChoiceApiController(NotificationPreferences preferences) {
    this.preferences = preferences;
  }

  @PutMapping("/api/me/notifications")
  NotificationChoiceForm choose(@AuthenticationPrincipal RelaisUserDetails principal,
      @RequestBody NotificationChoiceForm form) {
    preferences.choose(principal.user().username(), form.chosen());
    return new NotificationChoiceForm(preferences.of(principal.user().username()).name());
  }
}
