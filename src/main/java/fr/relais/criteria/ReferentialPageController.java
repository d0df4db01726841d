package fr.relais.criteria;

import fr.relais.security.RelaisUserDetails;
import fr.relais.structure.ReferenceData;
import fr.relais.web.NotFoundException;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The référentiel page: the versions, one version's criteria, and for ANCT how to publish the next one. */
@Controller
class ReferentialPageController {

  private final ReferentialService referentials;
  private final ReferenceData referenceData;

  ReferentialPageController(ReferentialService referentials, ReferenceData referenceData) {
    this.referentials = referentials;
    this.referenceData = referenceData;
  }

  /** @param version the version to show; the current one when absent */
  @GetMapping("/referentials")
  String show(@RequestParam(required = false) String version, @AuthenticationPrincipal RelaisUserDetails principal,
      Model model) {
    List<ReferentialSummary> versions = referentials.versions(principal.user());
    String chosen = version == null || version.isBlank()
        ? versions.stream().findFirst().orElseThrow(() -> new NotFoundException("Aucun référentiel publié.")).version()
        : version;
    ReferentialView referential = referentials.view(principal.user(), chosen);
    model.addAttribute("versions", versions);
    model.addAttribute("referential", referential);
    model.addAttribute("criteria", referential.criteria().stream().map(CriterionRow::of).toList());
    model.addAttribute("mandatoryOperators", referential.mandatoryOperators().stream()
        .map(referenceData::operatorName).toList());
    if (referentials.canPublish(principal.user())) {
      model.addAttribute("activeOperators", referenceData.activeOperators());
      model.addAttribute("measures", Measure.values());
      model.addAttribute("verifications", Verification.values());
    }
    return "criteria/list";
  }
}
