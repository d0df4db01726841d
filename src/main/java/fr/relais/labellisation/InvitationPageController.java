package fr.relais.labellisation;

import fr.relais.web.ConflictException;
import fr.relais.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page the platform invitation links to; reachable without an account, since it creates the first one. */
@Controller
class InvitationPageController {

  private final PlatformRegistration registration;

  InvitationPageController(PlatformRegistration registration) {
    this.registration = registration;
  }

  @GetMapping("/invitations/{token}")
  String open(@PathVariable String token, Model model) {
    return page(token, model);
  }

  @PostMapping("/invitations/{token}")
  String register(@PathVariable String token, @RequestParam(required = false) String displayName,
      @RequestParam(required = false) String username, @RequestParam(required = false) String password,
      @RequestParam(required = false) String passwordConfirmation, Model model, RedirectAttributes redirect) {
    try {
      registration.register(token, displayName, username, password, passwordConfirmation);
      redirect.addFlashAttribute("successMessage", "Compte créé : connectez-vous avec l'identifiant " + username + ".");
      return "redirect:/login";
    } catch (InvalidInputException e) {
      model.addAttribute("errors", e.errors());
      model.addAttribute("displayName", displayName);
      model.addAttribute("username", username);
      return page(token, model);
    } catch (ConflictException e) {
      // Used or expired meanwhile: the page says which, as it would on opening the link.
      return page(token, model);
    }
  }

  private String page(String token, Model model) {
    try {
      model.addAttribute("invitation", registration.open(token));
    } catch (ConflictException e) {
      model.addAttribute("unusable", e.getMessage());
    }
    model.addAttribute("token", token);
    return "structure/invitation";
  }
}
