package fr.relais.engine;

import fr.relais.web.Countdown;
import fr.relais.web.InvalidInputException;
import java.util.concurrent.TimeoutException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's time-travel page in embedded mode (ADMIN only, see SecurityConfiguration). */
@Controller
@ConditionalOnProperty(name = EmbeddedEngineDefaults.EMBEDDED, havingValue = "true")
class DevClockPageController {

  private final DevClock clock;

  DevClockPageController(DevClock clock) {
    this.clock = clock;
  }

  @GetMapping("/dev/clock")
  String page(Model model) {
    model.addAttribute("now", Countdown.format(clock.now()));
    return "dev/clock";
  }

  @PostMapping("/dev/clock")
  String advance(@RequestParam(required = false) String duration, Model model, RedirectAttributes redirect) {
    try {
      clock.advance(DevClockController.parse(duration));
      redirect.addFlashAttribute("successMessage", "Horloge avancée ; les échéances dues ont été traitées.");
      return "redirect:/dev/clock";
    } catch (InvalidInputException e) {
      model.addAttribute("error", e.errors().get("duration"));
      model.addAttribute("duration", duration);
      return page(model);
    } catch (TimeoutException e) {
      redirect.addFlashAttribute("errorMessage", "Le moteur n'a pas fini de traiter les échéances à temps.");
      return "redirect:/dev/clock";
    }
  }
}
