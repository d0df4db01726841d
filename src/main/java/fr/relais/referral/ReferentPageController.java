package fr.relais.referral;

import fr.relais.security.RelaisUser;
import fr.relais.security.RelaisUserDetails;
import fr.relais.security.Role;
import fr.relais.security.UserAccounts;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The referents table: prefects read their department, the admin and ANCT all of it with the routing gaps. Referents
 * are managed (created, edited, deactivated) on the "Utilisateurs" page, like every account.
 */
@Controller
class ReferentPageController {

  private final UserAccounts users;
  private final ReferralService referrals;

  ReferentPageController(UserAccounts users, ReferralService referrals) {
    this.users = users;
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
    model.addAttribute("canManage", user.hasRole(Role.ADMIN) || user.hasRole(Role.PREFECT));
    return "referral/referents";
  }
}
