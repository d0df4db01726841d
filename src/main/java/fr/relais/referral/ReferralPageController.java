package fr.relais.referral;

import fr.relais.forms.FormView;
import fr.relais.security.RelaisUserDetails;
import fr.relais.web.Countdown;
import fr.relais.web.FormPosts;
import fr.relais.web.InvalidInputException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ReferralPageController {

  private final ReferralService referrals;
  private final ReferralRequestForm requestForm;
  private final AttachmentRules attachmentRules;
  private final Clock clock;

  ReferralPageController(ReferralService referrals, ReferralRequestForm requestForm, AttachmentRules attachmentRules,
      Clock clock) {
    this.referrals = referrals;
    this.requestForm = requestForm;
    this.attachmentRules = attachmentRules;
    this.clock = clock;
  }

  @ModelAttribute("attachmentHint")
  String attachmentHint() {
    return "PDF, JPEG ou PNG ; " + attachmentRules.maxSizeText() + " au plus par fichier, "
        + attachmentRules.maxCount() + " fichiers au plus par saisine.";
  }

  @GetMapping("/referrals")
  String list(@RequestParam(name = "q", required = false) String query,
      @AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    model.addAttribute("query", query);
    model.addAttribute("referrals", referrals.search(principal.user(), query));
    return "referral/list";
  }

  @GetMapping("/referrals/new")
  String newReferral(@AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    referrals.checkCanSubmit(principal.user());
    model.addAttribute("view", FormView.initial(requestForm.definition(), Map.of(), requestForm.options()));
    return "referral/new";
  }

  @PostMapping("/referrals")
  String submit(@RequestParam MultiValueMap<String, String> post,
      @RequestParam(name = AttachmentRules.FIELD, required = false) List<MultipartFile> files,
      @AuthenticationPrincipal RelaisUserDetails principal, Model model, RedirectAttributes redirect) {
    Map<String, Object> fields = FormPosts.fields(post);
    try {
      Referral referral = referrals.submit(principal.user(), fields, Uploads.of(files));
      redirect.addFlashAttribute("successMessage", "Saisine envoyée aux référents.");
      return "redirect:/referrals/" + referral.getId();
    } catch (InvalidInputException e) {
      // The documents are not a field of the request form: their message goes beside their own picker.
      Map<String, String> formErrors = new LinkedHashMap<>(e.errors());
      model.addAttribute("attachmentsError", formErrors.remove(AttachmentRules.FIELD));
      model.addAttribute("view", FormView.of(requestForm.definition(), fields, formErrors, requestForm.options()));
      return "referral/new";
    }
  }

  @GetMapping("/referrals/{id}")
  String show(@PathVariable UUID id, @AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    ReferralView referral = referrals.view(id, principal.user());
    model.addAttribute("referral", referral);
    model.addAttribute("deadline", Countdown.of(referral.deadline(), clock.instant()));
    model.addAttribute("canAttach", referrals.canAttach(principal.user(), id));
    return "referral/detail";
  }

  @PostMapping("/referrals/{id}/attachments")
  String attach(@PathVariable UUID id, @RequestParam(name = AttachmentRules.FIELD, required = false) List<MultipartFile> files,
      @AuthenticationPrincipal RelaisUserDetails principal, RedirectAttributes redirect) {
    List<IncomingAttachment> chosen = Uploads.of(files);
    try {
      if (chosen.isEmpty()) {
        throw new InvalidInputException(Map.of(AttachmentRules.FIELD, "Choisissez un fichier à joindre."));
      }
      chosen.forEach(file -> referrals.addAttachment(principal.user(), id, file));
      redirect.addFlashAttribute("successMessage", chosen.size() == 1 ? "Pièce jointe ajoutée." : "Pièces jointes ajoutées.");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("errorMessage", e.errors().get(AttachmentRules.FIELD));
    }
    return "redirect:/referrals/" + id;
  }

  @GetMapping("/referrals/{id}/attachments/{attachmentId}")
  ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId,
      @AuthenticationPrincipal RelaisUserDetails principal) {
    return Uploads.download(referrals.attachment(principal.user(), id, attachmentId));
  }
}
