package fr.relais.account;

import fr.relais.forms.FieldVisibility;
import fr.relais.forms.FormOption;
import fr.relais.forms.FormView;
import fr.relais.security.RelaisUser;
import fr.relais.security.RelaisUserDetails;
import fr.relais.security.Role;
import fr.relais.structure.ReferenceData;
import fr.relais.web.FormPosts;
import fr.relais.web.InvalidInputException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Page "Utilisateurs": the accounts the signed-in person manages, a new account, a CSV import, an account's edit. */
@Controller
class UserPageController {

  private final UserAdministration administration;
  private final UserImport imports;
  private final UserForm form;
  private final ReferenceData referenceData;

  UserPageController(UserAdministration administration, UserImport imports, UserForm form,
      ReferenceData referenceData) {
    this.administration = administration;
    this.imports = imports;
    this.form = form;
    this.referenceData = referenceData;
  }

  @GetMapping("/users")
  String list(@RequestParam Map<String, String> query, @AuthenticationPrincipal RelaisUserDetails principal,
      Model model) {
    RelaisUser actor = principal.user();
    model.addAttribute("accounts", administration.list(actor, UserFilters.parse(query)));
    model.addAttribute("filters", query);
    model.addAttribute("roleOptions", UserForm.roleOptions(actor));
    model.addAttribute("departmentOptions", referenceData.departmentOptions());
    model.addAttribute("operatorOptions", referenceData.operatorOptions());
    model.addAttribute("activeOptions", List.of(new FormOption("true", "Actifs"), new FormOption("false", "Désactivés")));
    model.addAttribute("limit", UserAdministration.LIST_LIMIT);
    return "account/users";
  }

  @GetMapping("/users/new")
  String newAccount(@AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    RelaisUser actor = principal.user();
    UserAdministration.checkMayManageAccounts(actor);
    return newPage(FormView.initial(form.definition(), defaults(actor), form.optionsFor(actor)), model);
  }

  /** The new-account form's conditions for the values typed so far (the role decides which scope is asked). */
  @PostMapping("/users/new/hidden")
  @ResponseBody
  FieldVisibility hidden(@RequestParam MultiValueMap<String, String> post,
      @AuthenticationPrincipal RelaisUserDetails principal) {
    RelaisUser actor = principal.user();
    UserAdministration.checkMayManageAccounts(actor);
    return FieldVisibility.of(FormView.of(form.definition(), FormPosts.fields(post), Map.of(),
        form.optionsFor(actor)));
  }

  @PostMapping("/users")
  String create(@RequestParam MultiValueMap<String, String> post, @AuthenticationPrincipal RelaisUserDetails principal,
      Model model, RedirectAttributes redirect) {
    RelaisUser actor = principal.user();
    Map<String, Object> values = FormPosts.fields(post);
    try {
      RelaisUser created = administration.create(actor, values);
      redirect.addFlashAttribute("successMessage", "Compte « " + created.username() + " » créé : une invitation à"
          + " choisir un mot de passe a été envoyée à " + created.email() + ".");
      return "redirect:/users";
    } catch (InvalidInputException e) {
      return newPage(FormView.of(form.definition(), values, e.errors(), form.optionsFor(actor)), model);
    }
  }

  @GetMapping("/users/import")
  String importForm(@AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    UserAdministration.checkMayManageAccounts(principal.user());
    model.addAttribute("columns", String.join(";", UserImport.COLUMNS));
    return "account/import";
  }

  @PostMapping("/users/import")
  String importFile(@RequestParam(name = "file", required = false) MultipartFile file,
      @AuthenticationPrincipal RelaisUserDetails principal, Model model) throws IOException {
    try {
      model.addAttribute("report", imports.importCsv(principal.user(), file == null ? new byte[0] : file.getBytes()));
    } catch (InvalidInputException e) {
      model.addAttribute("importError", e.errors().get("file"));
    }
    return importForm(principal, model);
  }

  @GetMapping("/users/{username}")
  String edit(@PathVariable String username, @AuthenticationPrincipal RelaisUserDetails principal, Model model) {
    RelaisUserDetails account = administration.get(principal.user(), username);
    return editPage(account, FormView.initial(form.definition(), UserForm.valuesOf(account.user()),
        form.optionsFor(principal.user())), model);
  }

  /** Name, address and scope; the identifier and the role stay as they are, whatever the browser sends. */
  @PostMapping("/users/{username}")
  String update(@PathVariable String username, @RequestParam MultiValueMap<String, String> post,
      @AuthenticationPrincipal RelaisUserDetails principal, Model model, RedirectAttributes redirect) {
    RelaisUserDetails account = administration.get(principal.user(), username);
    Map<String, Object> changes = new LinkedHashMap<>(FormPosts.fields(post));
    changes.keySet().retainAll(UserAdministration.EDITABLE_ON_PAGE);
    try {
      administration.update(principal.user(), username, changes);
      redirect.addFlashAttribute("successMessage", "Compte « " + username + " » enregistré.");
      return "redirect:/users";
    } catch (InvalidInputException e) {
      Map<String, Object> shown = UserForm.valuesOf(account.user());
      shown.putAll(changes);
      return editPage(account, FormView.of(form.definition(), shown, e.errors(), form.optionsFor(principal.user())),
          model);
    }
  }

  @PostMapping("/users/{username}/active")
  String setActive(@PathVariable String username, @RequestParam boolean active,
      @AuthenticationPrincipal RelaisUserDetails principal, RedirectAttributes redirect) {
    try {
      administration.update(principal.user(), username, Map.of("active", active));
      redirect.addFlashAttribute("successMessage", active ? "Compte « " + username + " » réactivé."
          : "Compte « " + username + " » désactivé : il ne peut plus se connecter et ses tâches prises en charge"
              + " sont revenues à leur groupe.");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("errorMessage", String.join(" ", e.errors().values()));
    }
    return "redirect:/users";
  }

  private String newPage(FormView view, Model model) {
    model.addAttribute("view", view);
    return "account/new";
  }

  private String editPage(RelaisUserDetails account, FormView view, Model model) {
    model.addAttribute("account", account);
    model.addAttribute("view", view);
    return "account/user";
  }

  /** A prefect creates referents of their department: the form opens with both chosen. */
  private static Map<String, Object> defaults(RelaisUser actor) {
    return actor.hasRole(Role.PREFECT) ? Map.of("role", Role.REFERENT.name(), "department", actor.department())
        : Map.of();
  }
}
