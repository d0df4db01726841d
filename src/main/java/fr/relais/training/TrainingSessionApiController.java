package fr.relais.training;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The training calendar for the prefectures' and training bodies' systems; fields of the training-session form. */
@RestController
@RequestMapping("/api/training-sessions")
class TrainingSessionApiController {

  private final TrainingSessionService sessions;

  TrainingSessionApiController(TrainingSessionService sessions) {
    this.sessions = sessions;
  }

  @PostMapping
  ResponseEntity<TrainingSession> create(@RequestBody Map<String, Object> fields,
      @AuthenticationPrincipal RelaisUserDetails principal) {
    TrainingSession session = sessions.create(principal.user(), fields);
    return ResponseEntity.created(URI.create("/api/training-sessions/" + session.id())).body(session);
  }

  @PutMapping("/{id}")
  TrainingSession update(@PathVariable UUID id, @RequestBody Map<String, Object> fields,
      @AuthenticationPrincipal RelaisUserDetails principal) {
    return sessions.update(principal.user(), id, fields);
  }

  @GetMapping
  List<TrainingSession> calendar(@RequestParam(required = false) String department,
      @AuthenticationPrincipal RelaisUserDetails principal) {
    return sessions.calendar(principal.user(), department);
  }

  @GetMapping("/{id}")
  SessionView get(@PathVariable UUID id, @AuthenticationPrincipal RelaisUserDetails principal) {
    return sessions.view(principal.user(), id);
  }
}
