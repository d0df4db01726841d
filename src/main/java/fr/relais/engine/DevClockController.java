package fr.relais.engine;

import fr.relais.web.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** ADMIN only (see SecurityConfiguration); absent unless the engine is embedded. */
@RestController
@ConditionalOnProperty(name = EmbeddedEngineDefaults.EMBEDDED, havingValue = "true")
class DevClockController {

  private static final Duration MAX_ADVANCE = Duration.ofDays(400);

  record AdvanceRequest(String duration) {}

  record Now(Instant now) {}

  private final DevClock clock;

  DevClockController(DevClock clock) {
    this.clock = clock;
  }

  @GetMapping("/api/dev/clock")
  Now now() {
    return new Now(clock.now());
  }

  @PostMapping("/api/dev/clock/advance")
  @ResponseStatus(HttpStatus.OK)
  Now advance(@RequestBody AdvanceRequest request) {
    Duration duration = parse(request.duration());
    try {
      return new Now(clock.advance(duration));
    } catch (TimeoutException e) {
      throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "the engine did not settle in time");
    }
  }

  static Duration parse(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(Map.of("duration", "Durée obligatoire, au format ISO 8601 (ex. PT73H)."));
    }
    try {
      Duration duration = Duration.parse(value.strip());
      if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_ADVANCE) > 0) {
        throw new InvalidInputException(Map.of("duration", "La durée doit être positive et d'au plus 400 jours."));
      }
      return duration;
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(Map.of("duration", "Durée invalide : format ISO 8601 attendu (ex. PT73H, P3D)."));
    }
  }
}
