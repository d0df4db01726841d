package fr.relais.referral;

import fr.relais.security.RelaisUserDetails;
import fr.relais.web.InvalidInputException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/referrals")
class ReferralApiController {

  private final ReferralService referrals;

  ReferralApiController(ReferralService referrals) {
    this.referrals = referrals;
  }

  /** Takes the fields of the {@code referral-request} form; the operator by its code. */
  @PostMapping
  ResponseEntity<ReferralView> submit(@RequestBody Map<String, Object> fields,
      @AuthenticationPrincipal RelaisUserDetails principal) {
    Referral referral = referrals.submit(principal.user(), fields, List.of());
    return ResponseEntity.created(URI.create("/api/referrals/" + referral.getId()))
        .body(referrals.view(referral.getId(), principal.user()));
  }

  /** The latest cases the user may read; {@code q}, a reference or words of the subject, narrows them. */
  @GetMapping
  List<ReferralView> list(@RequestParam(name = "q", required = false) String query,
      @AuthenticationPrincipal RelaisUserDetails principal) {
    return referrals.search(principal.user(), query);
  }

  @GetMapping("/{id}")
  ReferralView get(@PathVariable UUID id, @AuthenticationPrincipal RelaisUserDetails principal) {
    return referrals.view(id, principal.user());
  }

  /** One document per call, as the multipart part {@code file}. */
  @PostMapping("/{id}/attachments")
  ResponseEntity<ReferralView.AttachmentView> attach(@PathVariable UUID id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @AuthenticationPrincipal RelaisUserDetails principal) {
    List<IncomingAttachment> files = Uploads.of(file == null ? null : List.of(file));
    if (files.isEmpty()) {
      throw new InvalidInputException(Map.of(AttachmentRules.FIELD,
          "Joignez un fichier dans la partie « file » d'un envoi multipart/form-data."));
    }
    Attachment attachment = referrals.addAttachment(principal.user(), id, files.getFirst());
    return ResponseEntity.created(URI.create("/api/referrals/" + id + "/attachments/" + attachment.id()))
        .body(ReferralView.AttachmentView.of(attachment));
  }

  @GetMapping("/{id}/attachments/{attachmentId}")
  ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId,
      @AuthenticationPrincipal RelaisUserDetails principal) {
    return Uploads.download(referrals.attachment(principal.user(), id, attachmentId));
  }
}
