package fr.relais.quality;

import fr.relais.security.RelaisUserDetails;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Campaigns and their draws, a campaign's visits, the prefect's review queue. */
@Controller
class QualityPageController {

  private final QualityViews views;

  QualityPageController(QualityViews views) {
    this.views = views;
  }

  @GetMapping("/quality/campaigns")
  String campaigns(@AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    model.addAttribute("campaigns", views.campaigns(principal.user()));
    return "quality/campaigns";
  }

  @GetMapping("/quality/campaigns/{id}")
  String campaign(@PathVariable UUID id, @AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    model.addAttribute("campaign", views.campaign(principal.user(), id));
    return "quality/campaign";
  }

  @GetMapping("/quality/reviews")
  String reviews(@AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    model.addAttribute("reviews", views.openReviews(principal.user()));
    return "quality/reviews";
  }
}
