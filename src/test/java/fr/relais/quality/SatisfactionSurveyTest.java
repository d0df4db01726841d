package fr.relais.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.security.UserAccounts;
import fr.relais.support.LabellisationSteps;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The public survey: answered without an account, one answer per submission; oversize and malformed answers and a
 * flood from one client are refused with clear words; a poor result sends the label to the prefect's review.
 */
@RelaisSpringBootTest
class SatisfactionSurveyTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired QualityCampaigns campaigns;

  @Test
  void anyoneAnswersOnceASubmissionAndBadAnswersOrFloodsAreRefusedClearly() throws Exception {
    RelaisApi api = new RelaisApi(mvc, json);
    LabellisationSteps labellisation = new LabellisationSteps(api);
    String structure = labellisation.labelled("France Services de Saint-Aubin-du-Cormier");
    await().until(() -> LabellisationSteps.events(labellisation.structure(structure)),
        events -> events.contains("ENROLLED_IN_QUALITY_CONTROL"));
    api.advanceClock(Duration.ofDays(1));
    campaigns.draw();
    String token = await().until(() -> jdbc.sql("select token from satisfaction_survey"
        + " where structure_id = ?").param(UUID.fromString(structure)).query(String.class).optional().orElse(null),
        found -> found != null);

    assertThat(mvc.perform(get("/surveys/" + "x".repeat(32))).andReturn().getResponse().getStatus())
        .as("an unknown link").isEqualTo(404);
    MockHttpServletResponse page = mvc.perform(get("/surveys/" + token)).andReturn().getResponse();
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString()).contains("Saint-Aubin-du-Cormier", "anonymes");

    assertThat(mvc.perform(answer(token, "10.1.0.1")).andReturn().getResponse().getContentAsString())
        .contains("Merci");
    MockHttpServletResponse malformed = mvc.perform(answer(token, "10.1.0.2").param("satisfaction", "9")
        .param("email", "camille@example.fr")).andReturn().getResponse();
    assertThat(malformed.getStatus()).isEqualTo(400);
    assertThat(malformed.getContentAsString()).contains("Valeur non autorisée", "Champ inconnu")
        .doesNotContain("Exception", "camille@example.fr\"");
    MockHttpServletResponse oversize = mvc.perform(post("/surveys/" + token).with(csrf())
            .with(client("10.1.0.3")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .content("satisfaction=2&outcome=SOLVED&recommend=NO&note=" + "x".repeat(5000))
            .param("satisfaction", "2").param("outcome", "SOLVED").param("recommend", "NO"))
        .andReturn().getResponse();
    assertThat(oversize.getStatus()).isEqualTo(413);
    assertThat(oversize.getContentAsString()).contains("Réponse trop volumineuse");

    for (int i = 0; i < SurveyRateLimiter.ANSWERS; i++) {
      assertThat(mvc.perform(answer(token, "10.1.0.4")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }
    MockHttpServletResponse flood = mvc.perform(answer(token, "10.1.0.4")).andReturn().getResponse();
    assertThat(flood.getStatus()).isEqualTo(429);
    assertThat(flood.getContentAsString()).contains("Trop de réponses");
    assertThat(mvc.perform(answer(token, "10.1.0.5")).andReturn().getResponse().getStatus()).as("another client")
        .isEqualTo(200);
    assertThat(jdbc.sql("select answers from satisfaction_survey where token = ?").param(token).query(Integer.class)
        .single()).as("one, then ten from the busy desk, then one from another").isEqualTo(SurveyRateLimiter.ANSWERS + 2);

    api.advanceClock(Duration.ofDays(29));
    assertThat(mvc.perform(get("/surveys/" + token)).andReturn().getResponse().getContentAsString())
        .contains("Cette enquête est close");
    String survey = jdbc.sql("select id from satisfaction_survey where token = ?").param(token).query(String.class)
        .single();
    JsonNode review = api.awaitTask("prefect-35", survey, QualityProcess.REVIEW_TASK);
    assertThat(review).as("0 % satisfied: reviewed").isNotNull();
    String reviewPage = mvc.perform(get("/tasks/" + review.get("id").asText())
        .with(user(users.loadUserByUsername("prefect-35")))).andReturn().getResponse().getContentAsString();
    assertThat(reviewPage).contains("Enquête de satisfaction", "0 % (seuil : 75 %)",
        (SurveyRateLimiter.ANSWERS + 2) + " (au moins 5 pour conclure)", "Historique de la structure");
    assertThat(api.findTask("visitor", survey, QualityProcess.REVIEW_TASK)).isNull();
  }

  /** A valid, unsatisfied answer as posted from the public page, from one client address. */
  private MockHttpServletRequestBuilder answer(String token, String address) {
    return post("/surveys/" + token).with(csrf()).with(client(address))
        .param("satisfaction", "2").param("outcome", "UNSOLVED").param("recommend", "NO");
  }

  private static RequestPostProcessor client(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }
}
