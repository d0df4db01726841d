package fr.relais.account;

import fr.relais.security.NotificationMode;
import fr.relais.web.InvalidInputException;
import java.util.Arrays;
import java.util.Map;

/** The choice "immédiatement" or "résumé quotidien", as the page and the API send it. */
record NotificationChoiceForm(String mode) {

  static final String FIELD = "mode";

  /** The chosen mode, or a field error: nothing else is a choice. */
  NotificationMode chosen() {
    return Arrays.stream(NotificationMode.values())
        .filter(candidate -> candidate.name().equals(mode))
        .findFirst()
        .orElseThrow(() -> new InvalidInputException(Map.of(FIELD,
            "Choisissez « IMMEDIATE » (un courriel à chaque nouveauté) ou « DIGEST » (un résumé quotidien).")));
  }
}
