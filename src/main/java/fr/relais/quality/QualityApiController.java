package fr.relais.quality;

import fr.relais.security.RelaisUserDetails;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Campaigns with their draws, and a structure's visits and surveys. */
@RestController
class QualityApiController {

  private final QualityViews views;

  QualityApiController(QualityViews views) {
    this.views = views;
  }

  @GetMapping("/api/quality/campaigns")
  List<CampaignSummary> campaigns(@AuthenticationPrincipal RelaisUserDetails principal) {
    return views.campaigns(principal.user());
  }

  @GetMapping("/api/quality/campaigns/{id}")
  QualityViews.CampaignView campaign(@PathVariable UUID id, @AuthenticationPrincipal RelaisUserDetails principal) {
    return views.campaign(principal.user(), id);
  }

  @GetMapping("/api/structures/{id}/quality")
  QualityViews.StructureQuality quality(@PathVariable UUID id, @AuthenticationPrincipal RelaisUserDetails principal) {
    return views.ofStructure(principal.user(), id);
  }
}
