package fr.relais.referral;

import fr.relais.forms.FormView;
import fr.relais.security.RelaisUserDetails;
import fr.relais.web.Countdown;
import fr.relais.web.FormPosts;
import fr.relais.web.InvalidInputException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ReferralPageController {

  private static final Map<String, String> STATUS_LABELS = Map.of(
      "OPEN", "Ouverte", "ESCALATED", "Escaladée", "AWAITING_INFORMATION", "En attente d'information",
      "ANSWERED", "Répondue", "CLOSED", "Close");

  private final ReferralService referrals;
  private final ReferralRequestForm requestForm;
  private final Clock clock;

  ReferralPageController(ReferralService referrals, ReferralRequestForm requestForm, Clock clock) {
    this.referrals = referrals;
    this.requestForm = requestForm;
    this.clock = clock;
  }

  @ModelAttribute("statusLabels")
  Map<String, String> statusLabels() {
    return STATUS_LABELS;
  }

  @GetMapping("/referrals")
  String list(@AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    model.addAttribute("referrals", referrals.visibleTo(principal.user()));
    return "referral/list";
  }

  @GetMapping("/referrals/new")
  String newReferral(@AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    referrals.checkCanSubmit(principal.user());
    model.addAttribute("view", FormView.initial(requestForm.definition(), Map.of(), requestForm.options()));
    return "referral/new";
  }

  @PostMapping("/referrals")
  String submit(@RequestParam MultiValueMap<String, String> post, @AuthenticationPrincipal RelaisUserDetails principal,
      Model model, RedirectAttributes redirect) {
    Map<String, Object> fields = FormPosts.fields(post);
    try {
      Referral referral = referrals.submit(principal.user(), fields);
      redirect.addFlashAttribute("successMessage", "Saisine envoyée aux référents.");
      return "redirect:/referrals/" + referral.getId();
    } catch (InvalidInputException e) {
      model.addAttribute("view", FormView.of(requestForm.definition(), fields, e.errors(), requestForm.options()));
      return "referral/new";
    }
  }

  @GetMapping("/referrals/{id}")
  String show(@PathVariable UUID id, @AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    ReferralView referral = referrals.view(id, principal.user());
    model.addAttribute("referral", referral);
    model.addAttribute("dueCountdown", Countdown.of(referral.dueAt(), clock.instant()));
    return "referral/detail";
  }
}
