package fr.relais.referral;

import fr.relais.security.RelaisUser;
import fr.relais.security.RelaisUserDetails;
import fr.relais.security.Role;
import fr.relais.security.UserAccounts;
import fr.relais.structure.ReferenceData;
import fr.relais.web.FormPosts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The referents table: the admin edits it, prefects read their department, ANCT reads it all with the routing gaps. */
@Controller
class ReferentPageController {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9.-]{2,79}");

  private final UserAccounts users;
  private final ReferenceData referenceData;
  private final ReferralService referrals;

  ReferentPageController(UserAccounts users, ReferenceData referenceData, ReferralService referrals) {
    this.users = users;
    this.referenceData = referenceData;
    this.referrals = referrals;
  }

  @GetMapping("/referents")
  String list(@AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    RelaisUser user = principal.user();
    Optional<String> department = switch (user.role()) {
      case ADMIN, ANCT -> Optional.empty();
      case PREFECT -> Optional.of(user.department());
      default -> throw new AccessDeniedException("the referents table is for admins, prefects and ANCT");
    };
    model.addAttribute("referents", users.referents(department));
    model.addAttribute("gaps", referrals.routingGaps(department));
    model.addAttribute("canEdit", user.hasRole(Role.ADMIN));
    model.addAttribute("operators", referenceData.activeOperators());
    model.addAttribute("departments", referenceData.departments());
    model.addAttribute("errors", Map.of());
    model.addAttribute("values", Map.of());
    return "referral/referents";
  }

  @PostMapping("/referents")
  String add(@RequestParam MultiValueMap<String, String> post, @AuthenticationPrincipal RelaisUserDetails principal,
      Model model, RedirectAttributes redirect) {
    checkAdmin(principal.user());
    Map<String, Object> values = FormPosts.fields(post);
    Map<String, String> errors = new LinkedHashMap<>();
    String username = text(values, "username");
    String displayName = text(values, "displayName");
    String operator = text(values, "operator");
    String department = text(values, "department");
    String password = text(values, "password");
    if (!USERNAME.matcher(username).matches()) {
      errors.put("username", "Identifiant de 3 à 80 caractères : minuscules, chiffres, point ou tiret.");
    } else if (users.find(username).isPresent()) {
      errors.put("username", "Cet identifiant existe déjà.");
    }
    if (displayName.isEmpty() || displayName.length() > 200) {
      errors.put("displayName", "Nom obligatoire, 200 caractères au maximum.");
    }
    if (referenceData.activeOperator(operator).isEmpty()) {
      errors.put("operator", "Opérateur inconnu.");
    }
    if (referenceData.departments().stream().noneMatch(d -> d.code().equals(department))) {
      errors.put("department", "Département inconnu.");
    }
    if (password.length() < 12 || password.length() > 100) {
      errors.put("password", "Mot de passe de 12 à 100 caractères.");
    }
    if (!errors.isEmpty()) {
      list(principal, model);
      model.addAttribute("errors", errors);
      model.addAttribute("values", values);
      return "referral/referents";
    }
    users.createIfAbsent(new RelaisUser(username, displayName, null, Role.REFERENT, department, operator, null, null),
        users.hash(password));
    redirect.addFlashAttribute("successMessage", "Référent ajouté.");
    return "redirect:/referents";
  }

  @PostMapping("/referents/{username}/active")
  String setActive(@PathVariable String username, @RequestParam boolean active,
      @AuthenticationPrincipal RelaisUserDetails principal, RedirectAttributes redirect) {
    checkAdmin(principal.user());
    boolean isReferent = users.find(username).map(details -> details.user().hasRole(Role.REFERENT)).orElse(false);
    if (!isReferent || !users.setActive(username, active)) {
      redirect.addFlashAttribute("errorMessage", "Référent introuvable.");
    } else {
      redirect.addFlashAttribute("successMessage", active ? "Référent réactivé." : "Référent désactivé.");
    }
    return "redirect:/referents";
  }

  private static void checkAdmin(RelaisUser user) {
    if (!user.hasRole(Role.ADMIN)) {
      throw new AccessDeniedException("only the admin edits the referents table");
    }
  }

  private static String text(Map<String, Object> values, String key) {
    Object value = values.get(key);
    return value instanceof String text ? text.strip() : "";
  }
}
