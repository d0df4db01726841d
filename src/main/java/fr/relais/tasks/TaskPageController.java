package fr.relais.tasks;

import fr.relais.forms.FieldVisibility;
import fr.relais.forms.FormView;
import fr.relais.history.CaseReferences;
import fr.relais.security.RelaisUserDetails;
import fr.relais.web.Countdown;
import fr.relais.web.FormPosts;
import fr.relais.web.InvalidInputException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Mes tâches" and the task page; the list refreshes itself through its htmx fragment. */
@Controller
class TaskPageController {

  record TaskRow(UUID id, String name, boolean priority, String caseLink, String caseLabel, String assignee,
      Countdown countdown) {}

  private final TaskService tasks;
  private final CaseReferences references;
  private final Clock clock;

  TaskPageController(TaskService tasks, CaseReferences references, Clock clock) {
    this.tasks = tasks;
    this.references = references;
    this.clock = clock;
  }

  @GetMapping("/tasks")
  String list(@AuthenticationPrincipal RelaisUserDetails principal, Model model,
      @RequestHeader(name = "HX-Request", required = false) String htmx) {
    List<TaskRow> rows = tasks.openTasksOf(principal.user()).stream()
        .map(task -> new TaskRow(task.id(), task.name(), task.isPriority(), caseLink(task), caseLabel(task),
            task.assignee(),
            Countdown.of(task.dueAt(), clock.instant())))
        .toList();
    model.addAttribute("rows", rows);
    return htmx != null ? "tasks/list :: rows" : "tasks/list";
  }

  /** Opens the form as the user left it when they saved a draft, else with the step's opening values. */
  @GetMapping("/tasks/{id}")
  String show(@PathVariable UUID id, @AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    Task task = tasks.get(id, principal.user());
    Optional<TaskDraft> draft = tasks.draftOf(task, principal.user());
    if (!task.isOpen()) {
      return closedPage(task, draft, model);
    }
    model.addAttribute("draft", draft.orElse(null));
    FormView view = draft
        .map(saved -> FormView.of(tasks.formOf(task), tasks.openingValuesOf(task), saved.fields(), Map.of(),
            tasks.formOptionsOf(task)))
        .orElseGet(() -> FormView.initial(tasks.formOf(task), tasks.openingValuesOf(task), tasks.formOptionsOf(task)));
    return page(task, view, model);
  }

  /** Saves the form as typed so far (htmx, on every change) and answers the line saying when it was saved. */
  @PostMapping("/tasks/{id}/draft")
  String saveDraft(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> post,
      @AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    model.addAttribute("draft", tasks.saveDraft(id, principal.user(), FormPosts.fields(post)));
    return "fragments/form :: draftStatus";
  }

  /** The form's conditions for the values typed so far: which fields the page hides (static/js/forms.js). */
  @PostMapping("/tasks/{id}/hidden")
  @ResponseBody
  FieldVisibility hidden(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> post,
      @AuthenticationPrincipal RelaisUserDetails principal) {
    Task task = tasks.get(id, principal.user());
    return FieldVisibility.of(FormView.of(tasks.formOf(task), tasks.openingValuesOf(task), FormPosts.fields(post),
        Map.of(), tasks.formOptionsOf(task)));
  }

  @PostMapping("/tasks/{id}")
  String submit(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> post,
      @AuthenticationPrincipal RelaisUserDetails principal, Model model, RedirectAttributes redirect) {
    Map<String, Object> fields = FormPosts.fields(post);
    try {
      SubmitOutcome outcome = tasks.submit(id, principal.user(), fields);
      redirect.addFlashAttribute("successMessage", outcome == SubmitOutcome.COMPLETED
          ? "Tâche terminée."
          : "Réponse enregistrée : elle sera transmise dès que le moteur de processus sera disponible.");
      return "redirect:/tasks";
    } catch (InvalidInputException e) {
      Task task = tasks.get(id, principal.user());
      return page(task, FormView.of(tasks.formOf(task), tasks.openingValuesOf(task), fields, e.errors(),
          tasks.formOptionsOf(task)), model);
    } catch (TaskConflictException e) {
      redirect.addFlashAttribute("errorMessage", e.getMessage());
      return "redirect:/tasks";
    }
  }

  @PostMapping("/tasks/{id}/claim")
  String claim(@PathVariable UUID id, @AuthenticationPrincipal RelaisUserDetails principal, RedirectAttributes redirect) {
    tasks.claim(id, principal.user());
    redirect.addFlashAttribute("successMessage", "Vous avez pris en charge cette tâche.");
    return "redirect:/tasks/" + id;
  }

  @PostMapping("/tasks/{id}/unclaim")
  String unclaim(@PathVariable UUID id, @AuthenticationPrincipal RelaisUserDetails principal,
      RedirectAttributes redirect) {
    tasks.unclaim(id, principal.user());
    redirect.addFlashAttribute("successMessage", "Tâche libérée.");
    return "redirect:/tasks";
  }

  private String page(Task task, FormView view, Model model) {
    model.addAttribute("task", task);
    model.addAttribute("view", view);
    model.addAttribute("caseLink", caseLink(task));
    model.addAttribute("context", tasks.contextOf(task).orElse(null));
    model.addAttribute("fieldsTemplate", tasks.fieldsTemplateOf(task).orElse(null));
    model.addAttribute("countdown", Countdown.of(task.dueAt(), clock.instant()));
    return "tasks/form";
  }

  /**
   * A task the person can no longer act on (withdrawn, or already done) opens read-only: why, the case, and their
   * draft as text to copy; no form, so nothing to send.
   */
  private String closedPage(Task task, Optional<TaskDraft> draft, Model model) {
    model.addAttribute("task", task);
    model.addAttribute("caseLink", caseLink(task));
    model.addAttribute("context", tasks.contextOf(task).orElse(null));
    model.addAttribute("whyNotOpen", tasks.whyNotOpen(task));
    model.addAttribute("draft", draft.orElse(null));
    model.addAttribute("draftLines", draft
        .map(saved -> DraftLine.of(FormView.of(tasks.formOf(task), tasks.openingValuesOf(task), saved.fields(),
            Map.of(), tasks.formOptionsOf(task))))
        .orElse(List.of()));
    return "tasks/closed";
  }

  private String caseLink(Task task) {
    return tasks.caseLinkOf(task);
  }

  private String caseLabel(Task task) {
    return references.caseLabelOfKey(task.businessKey());
  }
}
