package fr.relais.referral;

import fr.relais.security.RelaisUserDetails;
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
import org.springframework.web.bind.annotation.RestController;

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
    Referral referral = referrals.submit(principal.user(), fields);
    return ResponseEntity.created(URI.create("/api/referrals/" + referral.getId()))
        .body(referrals.view(referral.getId(), principal.user()));
  }

  @GetMapping
  List<ReferralView> list(@AuthenticationPrincipal RelaisUserDetails principal) {
    return referrals.visibleTo(principal.user());
  }

  @GetMapping("/{id}")
  ReferralView get(@PathVariable UUID id, @AuthenticationPrincipal RelaisUserDetails principal) {
    return referrals.view(id, principal.user());
  }
}
