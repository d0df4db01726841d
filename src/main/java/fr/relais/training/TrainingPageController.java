package fr.relais.training;

import fr.relais.forms.FormView;
import fr.relais.quality.QualityViews;
import fr.relais.security.RelaisUser;
import fr.relais.security.RelaisUserDetails;
import fr.relais.security.Role;
import fr.relais.web.Countdown;
import fr.relais.web.FormPosts;
import fr.relais.web.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The training calendar, a session's page with its attendance sheet, an agent's record, a structure's team. */
@Controller
class TrainingPageController {

  private static final String ATTENDANCE_PREFIX = "attendance-";

  record SessionRow(TrainingSession session, String moduleTitle) {}

  private final TrainingSessionService sessions;
  private final TrainingRecords records;
  private final AttendanceSheet attendance;
  private final QualityViews quality;

  TrainingPageController(TrainingSessionService sessions, TrainingRecords records, AttendanceSheet attendance,
      QualityViews quality) {
    this.sessions = sessions;
    this.records = records;
    this.attendance = attendance;
    this.quality = quality;
  }

  @GetMapping("/training/sessions")
  String calendar(@RequestParam(required = false) String department,
      @AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    String chosen = department == null || department.isBlank() ? null : department;
    model.addAttribute("rows", sessions.calendar(principal.user(), chosen).stream()
        .map(session -> new SessionRow(session, sessions.moduleTitle(session.moduleCode()))).toList());
    model.addAttribute("department", chosen);
    return "training/sessions";
  }

  @GetMapping("/training/sessions/new")
  String newSession(@AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    sessions.checkCanSchedule(principal.user());
    return sessionForm(principal.user(), null, FormView.initial(sessions.form(),
        Map.of("department", principal.user().department()), sessions.formOptions(principal.user())), model);
  }

  @PostMapping("/training/sessions")
  String create(@RequestParam MultiValueMap<String, String> post, @AuthenticationPrincipal RelaisUserDetails principal,
      Model model, RedirectAttributes redirect) {
    Map<String, Object> fields = FormPosts.fields(post);
    try {
      TrainingSession session = sessions.create(principal.user(), fields);
      redirect.addFlashAttribute("successMessage", "Session créée : les agents en attente y seront inscrits.");
      return "redirect:/training/sessions/" + session.id();
    } catch (InvalidInputException e) {
      return sessionForm(principal.user(), null, FormView.of(sessions.form(), fields, e.errors(),
          sessions.formOptions(principal.user())), model);
    }
  }

  @GetMapping("/training/sessions/{id}")
  String session(@PathVariable UUID id, @AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    SessionView view = sessions.view(principal.user(), id);
    model.addAttribute("view", view);
    model.addAttribute("openAttendance", principal.user().role() == Role.TRAINER
        ? attendance.openTasks(principal.user(), id).keySet() : Set.of());
    return "training/session";
  }

  @GetMapping("/training/sessions/{id}/edit")
  String edit(@PathVariable UUID id, @AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    TrainingSession session = sessions.view(principal.user(), id).session();
    sessions.checkCanSchedule(principal.user());
    return sessionForm(principal.user(), id, FormView.initial(sessions.form(), values(session),
        sessions.formOptions(principal.user())), model);
  }

  @PostMapping("/training/sessions/{id}")
  String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> post,
      @AuthenticationPrincipal RelaisUserDetails principal, Model model, RedirectAttributes redirect) {
    Map<String, Object> fields = FormPosts.fields(post);
    try {
      sessions.update(principal.user(), id, fields);
      redirect.addFlashAttribute("successMessage", "Session modifiée.");
      return "redirect:/training/sessions/" + id;
    } catch (InvalidInputException e) {
      return sessionForm(principal.user(), id, FormView.of(sessions.form(), fields, e.errors(),
          sessions.formOptions(principal.user())), model);
    }
  }

  /** The trainer ticks present or absent for each agent whose attendance is due and sends the sheet once. */
  @PostMapping("/training/sessions/{id}/attendance")
  String recordAttendance(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> post,
      @AuthenticationPrincipal RelaisUserDetails principal, RedirectAttributes redirect) {
    sessions.view(principal.user(), id);
    Map<UUID, String> sheet = new LinkedHashMap<>();
    try {
      post.forEach((name, values) -> {
        if (name.startsWith(ATTENDANCE_PREFIX)) {
          sheet.put(agentId(name), values.getFirst());
        }
      });
      int recorded = attendance.record(principal.user(), id, sheet);
      redirect.addFlashAttribute("successMessage", recorded + " présence(s) enregistrée(s).");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("errorMessage", "Aucune présence enregistrée : " + String.join(" ",
          new LinkedHashSet<>(e.errors().values())));
    }
    return "redirect:/training/sessions/" + id;
  }

  @GetMapping("/training/agents/{id}")
  String agent(@PathVariable UUID id, @AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    model.addAttribute("record", records.agent(principal.user(), id));
    return "training/agent";
  }

  @GetMapping("/my-structure")
  String myStructure(@AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    return team(principal.user(), FormView.initial(records.agentForm(), Map.of(), null), model);
  }

  @PostMapping("/my-structure/agents")
  String addAgent(@RequestParam MultiValueMap<String, String> post,
      @AuthenticationPrincipal RelaisUserDetails principal, Model model, RedirectAttributes redirect) {
    Map<String, Object> fields = FormPosts.fields(post);
    try {
      Agent agent = records.addAgent(principal.user(), structureOf(principal.user()), fields);
      redirect.addFlashAttribute("successMessage", agent.fullName() + " est inscrit(e) à la formation initiale.");
      return "redirect:/my-structure";
    } catch (InvalidInputException e) {
      return team(principal.user(), FormView.of(records.agentForm(), fields, e.errors(), null), model);
    }
  }

  private String team(RelaisUser user, FormView agentForm, Model model) {
    model.addAttribute("team", records.team(user, structureOf(user)));
    model.addAttribute("survey", quality.openSurvey(structureOf(user)).orElse(null));
    model.addAttribute("quality", quality.ofStructure(user, structureOf(user)));
    model.addAttribute("agentForm", agentForm);
    return "training/team";
  }

  private String sessionForm(RelaisUser user, UUID id, FormView view, Model model) {
    model.addAttribute("view", view);
    model.addAttribute("sessionId", id);
    return "training/session-form";
  }

  private static UUID structureOf(RelaisUser user) {
    if (user.structureId() == null) {
      throw new AccessDeniedException("this page is a structure's own");
    }
    return user.structureId();
  }

  private static UUID agentId(String field) {
    try {
      return UUID.fromString(field.substring(ATTENDANCE_PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(Map.of(field, "Agent inconnu."));
    }
  }

  private static Map<String, Object> values(TrainingSession session) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("module", session.moduleCode());
    values.put("place", session.place());
    values.put("start", session.startsAt().atZone(Countdown.PARIS).toOffsetDateTime().toString());
    values.put("end", session.endsAt().atZone(Countdown.PARIS).toOffsetDateTime().toString());
    values.put("capacity", session.capacity());
    values.put("trainerBody", session.trainerBody());
    values.put("department", session.departmentCode());
    values.put("openToRegion", session.openToRegion());
    return values;
  }
}
