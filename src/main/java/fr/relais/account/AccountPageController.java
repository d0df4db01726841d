package fr.relais.account;

import fr.relais.notification.NotificationPreferences;
import fr.relais.security.RelaisUser;
import fr.relais.security.RelaisUserDetails;
import fr.relais.security.Role;
import fr.relais.web.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Mon compte": who the person is in Relais and their own settings, one section each. */
@Controller
class AccountPageController {

  private final NotificationPreferences preferences;

  AccountPageController(NotificationPreferences preferences) {
    this.preferences = preferences;
  }

  @GetMapping("/account")
  String page(@AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    RelaisUser user = principal.user();
    model.addAttribute("user", user);
    model.addAttribute("role", roleName(user.role()));
    if (!model.containsAttribute("mode")) {
      model.addAttribute("mode", preferences.of(user.username()).name());
    }
    return "account/account";
  }

  @PostMapping("/account/notifications")
  String chooseNotifications(@AuthenticationPrincipal RelaisUserDetails principal,
      @RequestParam(required = false) String mode, Model model, RedirectAttributes redirect) {
    try {
      preferences.choose(principal.user().username(), new NotificationChoiceForm(mode).chosen());
    } catch (InvalidInputException e) {
      model.addAttribute("modeError", e.errors().get(NotificationChoiceForm.FIELD));
      model.addAttribute("mode", mode);
      return page(principal, model);
    }
    redirect.addFlashAttribute("successMessage", "Votre choix de notification est enregistré.");
    return "redirect:/account";
  }

  private static String roleName(Role role) {
    return switch (role) {
      case ADMIN -> "Administration";
      case ANCT -> "ANCT (programme national)";
      case PREFECT -> "Préfecture";
      case AUDITOR -> "Auditeur";
      case AGENT -> "Conseiller France Services";
      case REFERENT -> "Référent d'un opérateur";
      case ESCALATION -> "Pôle d'escalade d'un opérateur";
      case VISITOR -> "Visiteur mystère";
      case TRAINER -> "Formateur";
    };
  }
}
