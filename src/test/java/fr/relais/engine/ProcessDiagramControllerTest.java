package fr.relais.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.relais.security.UserAccounts;
import fr.relais.support.RelaisSpringBootTest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

@RelaisSpringBootTest
class ProcessDiagramControllerTest {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts users;
  @Autowired ThymeleafViewResolver views;
  @Autowired WebApplicationContext context;

  @Test
  void servesTheDeployedModelAsXml() throws Exception {
    MockHttpServletResponse response = diagram(URI.create("/processes/referral/diagram"));

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.APPLICATION_XML)).isTrue();
    assertThat(response.getContentAsString()).contains("bpmn:process id=\"referral\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"unknown", "application", "referral.bpmn", "Referral", "..application", "referral%20"})
  void anIdThatIsNotADeployedModelIsNotFound(String id) throws Exception {
    MockHttpServletResponse response = diagram(URI.create("/processes/" + id + "/diagram"));

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(response.getContentAsString()).contains("Page introuvable").doesNotContain("Exception", "Whitelabel");
  }

  // Encoded slashes, dots and dot segments never reach the controller: Spring Security's firewall answers 400
  // (Tomcat does the same in front of it), which the real server renders with our error page.
  @ParameterizedTest
  @ValueSource(strings = {"..", "..%2Freferral", "..%2F..%2Fapplication.yaml", "%2E%2E%2Fapplication", "..%5Capplication"})
  void aPathTraversalIsRefusedBeforeAnyModelIsRead(String id) throws Exception {
    MockHttpServletResponse response = diagram(URI.create("/processes/" + id + "/diagram"));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).doesNotContain("bpmn:", "Exception", "Whitelabel");
  }

  @Test
  void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
    MockHttpServletResponse response = mvc.perform(get("/processes/referral/diagram")).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(302);
    assertThat(response.getRedirectedUrl()).endsWith("/login");
  }

  @Test
  void theFragmentPointsTheViewerAtTheModelAndNamesTheCurrentStep() throws Exception {
    assertThat(fragment(List.of("Task_AnswerReferral", "Event_Other")))
        .contains("Où en est le dossier", "data-bpmn-url=\"/processes/referral/diagram\"",
            "data-current-elements=\"Task_AnswerReferral,Event_Other\"", "Répondre à la saisine",
            "/bpmn-js/bpmn-navigated-viewer.production.min.js", "/js/diagram.js")
        .doesNotContain("data-passed-elements");
  }

  @Test
  void theCurrentStepIsNamedInVisibleTextAndTheZoomButtonsSitOutsideTheDrawing() throws Exception {
    String html = fragment(List.of("Task_AnswerReferral"));
    String drawing = html.substring(html.indexOf("<div class=\"relais-diagram\""));
    assertThat(html).contains("Étape en cours, encadrée en bleu sur le schéma",
        "<strong>Répondre à la saisine</strong>", "aria-controls=\"diagram-referral\"", "Agrandir le schéma",
        "Réduire le schéma", "Ajuster à la largeur").doesNotContain("fr-sr-only", "aria-hidden");
    assertThat(drawing.substring(0, drawing.indexOf("</div>"))).doesNotContain("<button");
    assertThat(html.indexOf("Agrandir le schéma")).isLessThan(html.indexOf("<div class=\"relais-diagram\""));
  }

  /** The diagram fragment of the referral process rendered alone, at these current steps. */
  private String fragment(List<String> steps) throws Exception {
    View view = views.resolveViewName(
        "fragments/diagram :: diagram(processId='referral', currentElements=${steps})", Locale.FRANCE);
    MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext());
    request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
    MockHttpServletResponse response = new MockHttpServletResponse();
    view.render(Map.of("steps", steps), request, response);
    return response.getContentAsString();
  }

  private MockHttpServletResponse diagram(URI uri) throws Exception {
    return mvc.perform(get(uri).with(user(users.loadUserByUsername("agent-35")))).andReturn().getResponse();
  }
}
