package fr.relais.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.relais.security.UserAccounts;
import fr.relais.support.RelaisSpringBootTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The référentiel page: the criteria for those who work with them, how to publish for ANCT, nothing for others. */
@RelaisSpringBootTest
class ReferentialPageTest {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts users;

  @Test
  void theCurrentVersionIsShownWithItsThirtyCriteria() throws Exception {
    MockHttpServletResponse page = page("prefect-35", "/referentials");

    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString())
        .contains("Version 2019", "En vigueur", "FS-01", "FS-30", "Les 30 critères obligatoires de la version 2019")
        .contains("Ouverture au public au moins cinq jours par semaine.")
        .contains("Au moins 5 jours d&#39;ouverture par semaine")
        .contains("Au moins 9 opérateurs nationaux", "Pièce justificative", "Visite mystère")
        .contains("Locaux accessibles (sauf structure itinérante)", "Caf (Caisses d&#39;allocations familiales)")
        .contains("href=\"/referentials\"", "aria-current=\"page\"")
        .doesNotContain("Exception", "Whitelabel", "Publier une nouvelle version");
  }

  @Test
  void aVersionIsChosenByItsNumberAndAnUnknownOneIsNotFound() throws Exception {
    assertThat(page("auditor", "/referentials?version=2019").getContentAsString()).contains("Version 2019", "FS-10");

    MockHttpServletResponse unknown = page("auditor", "/referentials?version=1999");
    assertThat(unknown.getStatus()).isEqualTo(404);
    assertThat(unknown.getContentAsString()).contains("Page introuvable").doesNotContain("Exception", "1999");
  }

  @Test
  void anctAlsoReadsHowToPublishTheNextVersion() throws Exception {
    String html = page("anct", "/referentials").getContentAsString();

    assertThat(html).contains("Publier une nouvelle version", "POST /api/referentials", "GET /api/referentials/2019",
        "NATIONAL_OPERATORS", "MYSTERY_VISIT", "URSSAF");
  }

  @Test
  void theOthersAreRefusedAndDoNotSeeTheMenuItem() throws Exception {
    for (String refused : List.of("admin", "agent-35", "referent-caf-35", "escalation-caf", "visitor", "trainer")) {
      MockHttpServletResponse page = page(refused, "/referentials");
      assertThat(page.getStatus()).as(refused).isEqualTo(403);
      assertThat(page.getContentAsString()).as(refused).contains("Accès refusé").doesNotContain("Exception", "FS-01");
    }
    assertThat(page("agent-35", "/tasks").getContentAsString()).doesNotContain("href=\"/referentials\"");
    assertThat(page("auditor", "/tasks").getContentAsString()).contains("href=\"/referentials\"");
  }

  @Test
  void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
    MockHttpServletResponse response = mvc.perform(get("/referentials")).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(302);
    assertThat(response.getRedirectedUrl()).endsWith("/login");
  }

  private MockHttpServletResponse page(String username, String path) throws Exception {
    return mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
  }
}
