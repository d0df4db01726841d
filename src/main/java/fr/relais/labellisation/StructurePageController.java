package fr.relais.labellisation;

import fr.relais.forms.FormView;
import fr.relais.quality.QualityViews;
import fr.relais.security.RelaisUserDetails;
import fr.relais.security.Role;
import fr.relais.structure.ReferenceData;
import fr.relais.tasks.TaskService;
import fr.relais.web.FormPosts;
import fr.relais.web.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class StructurePageController {

  private static final Map<String, String> STATUS_LABELS = Arrays.stream(StructureStatus.values())
      .collect(Collectors.toUnmodifiableMap(StructureStatus::name, StructureStatus::label));

  private final StructureService structures;
  private final ProposalForm proposalForm;
  private final ReferenceData referenceData;
  private final TaskService tasks;
  private final QualityViews quality;
  private final ProposalDrafts drafts;

  StructurePageController(StructureService structures, ProposalForm proposalForm, ReferenceData referenceData,
      TaskService tasks, QualityViews quality, ProposalDrafts drafts) {
    this.structures = structures;
    this.proposalForm = proposalForm;
    this.referenceData = referenceData;
    this.tasks = tasks;
    this.quality = quality;
    this.drafts = drafts;
  }

  @ModelAttribute("structureStatusLabels")
  Map<String, String> statusLabels() {
    return STATUS_LABELS;
  }

  @GetMapping("/structures")
  String list(@RequestParam(required = false) String department, @RequestParam(required = false) StructureStatus status,
      @AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    String chosenDepartment = department == null || department.isBlank() ? null : department;
    model.addAttribute("structures", structures.search(principal.user(), chosenDepartment, status));
    model.addAttribute("departments", referenceData.departments());
    model.addAttribute("statuses", StructureStatus.values());
    model.addAttribute("department", chosenDepartment);
    model.addAttribute("status", status);
    return "structure/list";
  }

  /** Opens the proposal as the prefect left it when they saved a draft, else empty. */
  @GetMapping("/structures/new")
  String newStructure(@AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    structures.checkCanPropose(principal.user());
    Optional<ProposalDraft> draft = drafts.find(principal.user());
    model.addAttribute("draft", draft.orElse(null));
    model.addAttribute("view", draft
        .map(saved -> FormView.of(proposalForm.definition(), saved.fields(), Map.of(), proposalForm.options()))
        .orElseGet(() -> FormView.initial(proposalForm.definition(), Map.of(), proposalForm.options())));
    return "structure/new";
  }

  /** Saves the proposal as typed so far (htmx, on every change) and answers the line saying when it was saved. */
  @PostMapping("/structures/new/draft")
  String saveDraft(@RequestParam MultiValueMap<String, String> post,
      @AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    model.addAttribute("draft", drafts.save(principal.user(), FormPosts.fields(post)));
    return "fragments/form :: draftStatus";
  }

  @PostMapping("/structures")
  String propose(@RequestParam MultiValueMap<String, String> post, @AuthenticationPrincipal RelaisUserDetails principal,
      Model model, RedirectAttributes redirect) {
    Map<String, Object> fields = FormPosts.fields(post);
    try {
      StructureView structure = structures.propose(principal.user(), fields);
      drafts.discard(principal.user());
      redirect.addFlashAttribute("successMessage", "Structure proposée : sa déclaration est en cours de vérification.");
      return "redirect:/structures/" + structure.id();
    } catch (InvalidInputException e) {
      model.addAttribute("view", FormView.of(proposalForm.definition(), fields, e.errors(), proposalForm.options()));
      return "structure/new";
    }
  }

  @GetMapping("/structures/{id}")
  String show(@PathVariable UUID id, @AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    StructureView structure = structures.view(principal.user(), id);
    model.addAttribute("structure", structure);
    model.addAttribute("openTasks", tasks.tasksOfCase(id.toString()).stream()
        .filter(task -> task.isOpen() && task.isVisibleTo(principal.user()))
        .toList());
    model.addAttribute("currentSteps", structure.currentStep() == null ? List.of() : List.of(structure.currentStep()));
    if (principal.user().role() == Role.PREFECT || principal.user().role() == Role.ANCT) {
      model.addAttribute("quality", quality.ofStructure(principal.user(), id));
    }
    return "structure/detail";
  }

  @GetMapping("/structures/{id}/annex")
  ResponseEntity<byte[]> annex(@PathVariable UUID id, @AuthenticationPrincipal RelaisUserDetails principal) {
    return AnnexDownload.of(structures.annex(principal.user(), id));
  }
}
