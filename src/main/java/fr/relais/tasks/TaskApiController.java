package fr.relais.tasks;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import fr.relais.security.RelaisUserDetails;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
class TaskApiController {

  /**
   * {@code formValues}: what the form opens with (read-only fields keep these values whatever is sent). The process
   * variables themselves are not shown: they hold what other people did (a mystery visitor's name, say).
   */
  record TaskDetail(@JsonUnwrapped TaskJson task, JsonNode form, Map<String, Object> formValues) {}

  private final TaskService tasks;

  TaskApiController(TaskService tasks) {
    this.tasks = tasks;
  }

  @GetMapping
  List<TaskJson> list(@AuthenticationPrincipal RelaisUserDetails principal) {
    return tasks.openTasksOf(principal.user()).stream().map(TaskJson::of).toList();
  }

  @GetMapping("/{id}")
  TaskDetail get(@PathVariable UUID id, @AuthenticationPrincipal RelaisUserDetails principal) {
    Task task = tasks.get(id, principal.user());
    return new TaskDetail(TaskJson.of(task), tasks.formSchemaOf(task), tasks.openingValuesOf(task));
  }

  @GetMapping("/{id}/draft")
  ResponseEntity<TaskDraft> draft(@PathVariable UUID id, @AuthenticationPrincipal RelaisUserDetails principal) {
    Task task = tasks.get(id, principal.user());
    return ResponseEntity.of(tasks.draftOf(task, principal.user()));
  }

  @PutMapping("/{id}/draft")
  TaskDraft saveDraft(@PathVariable UUID id, @RequestBody Map<String, Object> fields,
      @AuthenticationPrincipal RelaisUserDetails principal) {
    return tasks.saveDraft(id, principal.user(), fields);
  }

  @PostMapping("/{id}/claim")
  TaskJson claim(@PathVariable UUID id, @AuthenticationPrincipal RelaisUserDetails principal) {
    return TaskJson.of(tasks.claim(id, principal.user()));
  }

  @PostMapping("/{id}/unclaim")
  TaskJson unclaim(@PathVariable UUID id, @AuthenticationPrincipal RelaisUserDetails principal) {
    return TaskJson.of(tasks.unclaim(id, principal.user()));
  }

  /** 204 once the engine has the submission; 202 when it is stored and will be delivered when the engine is back. */
  @PostMapping("/{id}/complete")
  ResponseEntity<Map<String, String>> complete(@PathVariable UUID id, @RequestBody Map<String, Object> fields,
      @AuthenticationPrincipal RelaisUserDetails principal) {
    return switch (tasks.submit(id, principal.user(), fields)) {
      case COMPLETED -> ResponseEntity.noContent().build();
      case PENDING -> ResponseEntity.accepted()
          .body(Map.of("message", "Réponse enregistrée ; elle sera transmise dès que le moteur sera disponible."));
    };
  }
}
