package fr.relais.quality;

import fr.relais.forms.FormContract;
import fr.relais.forms.FormOptions;
import fr.relais.forms.FormRegistry;
import fr.relais.forms.FormSubmission;
import fr.relais.forms.FormValidator;
import fr.relais.forms.FormView;
import fr.relais.structure.ReferenceData;
import fr.relais.structure.StructureSummary;
import fr.relais.web.ConflictException;
import fr.relais.web.FormPosts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public satisfaction survey a structure displays at its counter: no account, no personal data, one answer per
 * submission; oversize and malformed answers are refused with a clear message, and so is a flood from one client.
 */
@Controller
class SurveyPageController {

  static final String FORM = "satisfaction-answer";
  /** Three short choices fit in a few hundred bytes: anything much larger is not an answer. */
  static final long MAX_BYTES = 2048;

  private final SatisfactionSurveys surveys;
  private final SurveyRateLimiter limiter;
  private final ReferenceData referenceData;
  private final FormContract form;

  SurveyPageController(SatisfactionSurveys surveys, SurveyRateLimiter limiter, ReferenceData referenceData,
      FormRegistry forms, FormValidator validator) {
    this.surveys = surveys;
    this.limiter = limiter;
    this.referenceData = referenceData;
    this.form = new FormContract(forms, validator, FORM, FormOptions::none);
  }

  @GetMapping("/surveys/{token}")
  String open(@PathVariable String token, Model model) {
    return page(token, FormView.initial(form.definition(), Map.of(), null), model);
  }

  @PostMapping("/surveys/{token}")
  String answer(@PathVariable String token, @RequestParam MultiValueMap<String, String> post,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    if (request.getContentLengthLong() > MAX_BYTES) {
      return refused(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          "Réponse trop volumineuse : le questionnaire ne demande que trois choix.", model);
    }
    if (!limiter.allow(request.getRemoteAddr())) {
      return refused(response, 429, "Trop de réponses envoyées depuis cette connexion : réessayez dans quelques"
          + " minutes.", model);
    }
    Map<String, Object> fields = FormPosts.fields(post);
    FormSubmission submission = form.submit(fields);
    if (!submission.errors().isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return page(token, FormView.of(form.definition(), fields, submission.errors(), null), model);
    }
    Map<String, Object> values = submission.values();
    surveys.answer(token, new SurveyAnswer(Integer.parseInt((String) values.get("satisfaction")),
        (String) values.get("outcome"), "YES".equals(values.get("recommend"))));
    model.addAttribute("thanks", true);
    return page(token, FormView.initial(form.definition(), Map.of(), null), model);
  }

  private String page(String token, FormView view, Model model) {
    try {
      Survey survey = surveys.openByToken(token);
      model.addAttribute("structureName", referenceData.structure(survey.structureId())
          .map(StructureSummary::name).orElse("France Services"));
      model.addAttribute("view", view);
      model.addAttribute("token", token);
    } catch (ConflictException closed) {
      model.addAttribute("closed", closed.getMessage());
    }
    return "quality/survey";
  }

  private static String refused(HttpServletResponse response, int status, String message, Model model) {
    response.setStatus(status);
    model.addAttribute("closed", message);
    return "quality/survey";
  }
}
