package fr.relais.account;

import fr.relais.security.RelaisUserDetails;
import fr.relais.web.ConflictException;
import fr.relais.web.InvalidInputException;
import fr.relais.web.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Mot de passe oublié", the one-time link's page, and changing one's own password. */
@Controller
class PasswordPageController {

  private final PasswordLinks passwords;

  PasswordPageController(PasswordLinks passwords) {
    this.passwords = passwords;
  }

  @GetMapping("/password/forgot")
  String forgotForm() {
    return "account/password-forgot";
  }

  /** The same words whatever the address: the page must not tell who has an account. */
  @PostMapping("/password/forgot")
  String forgot(@RequestParam(required = false) String email, Model model) {
    if (email != null && !email.isBlank() && email.length() <= 254) {
      passwords.forgot(email);
    }
    model.addAttribute("sent", true);
    return "account/password-forgot";
  }

  @GetMapping("/password/{token}")
  String chooseForm(@PathVariable String token, Model model) {
    return choosePage(token, model);
  }

  @PostMapping("/password/{token}")
  String choose(@PathVariable String token, @RequestParam(required = false) String password,
      @RequestParam(required = false) String confirmation, Model model, RedirectAttributes redirect) {
    try {
      passwords.choose(token, password, confirmation);
      redirect.addFlashAttribute("successMessage", "Mot de passe enregistré : connectez-vous.");
      return "redirect:/login";
    } catch (InvalidInputException e) {
      model.addAttribute("errors", e.errors());
      return choosePage(token, model);
    } catch (ConflictException e) {
      return choosePage(token, model);
    }
  }

  @GetMapping("/account/password")
  String changeForm() {
    return "account/password-change";
  }

  @PostMapping("/account/password")
  String change(@RequestParam(required = false) String current, @RequestParam(required = false) String password,
      @RequestParam(required = false) String confirmation, @AuthenticationPrincipal RelaisUserDetails principal,
      Model model, RedirectAttributes redirect) {
    try {
      passwords.change(principal.user(), current, password, confirmation);
      redirect.addFlashAttribute("successMessage", "Votre mot de passe a été changé.");
      return "redirect:/account/password";
    } catch (InvalidInputException e) {
      model.addAttribute("errors", e.errors());
      return "account/password-change";
    }
  }

  private String choosePage(String token, Model model) {
    try {
      model.addAttribute("username", passwords.holderOf(token));
    } catch (ConflictException | NotFoundException e) {
      model.addAttribute("unusable", e.getMessage());
    }
    model.addAttribute("token", token);
    return "account/password-choose";
  }
}
