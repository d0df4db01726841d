package fr.relais.home;

import fr.relais.security.RelaisUserDetails;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Accueil": the parts of the home page the signed-in user's role calls for, in the order the sections are declared. */
@Controller
class HomePageController {

  private final List<HomeSection> sections;

  HomePageController(List<HomeSection> sections) {
    this.sections = sections;
  }

  @GetMapping("/")
  String home(@AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    model.addAttribute("panels", sections.stream()
        .map(section -> section.panelFor(principal.user()))
        .flatMap(Optional::stream)
        .toList());
    return "home/index";
  }
}
