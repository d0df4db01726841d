package fr.relais.labellisation;

import static fr.relais.support.StructureMother.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.relais.security.UserAccounts;
import fr.relais.support.RelaisSpringBootTest;
import fr.relais.support.SignedIn;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The structure proposal page: in sections, formats and mandatory operators said, a draft kept for its prefect. */
@RelaisSpringBootTest
class ProposalDraftsTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;

  SignedIn pages;

  @BeforeEach
  void noDraftYet() {
    pages = new SignedIn(mvc, users);
    jdbc.sql("delete from structure_proposal_draft").update();
  }

  @Test
  void theProposalIsInSectionsWithItsFormatsAndTheMandatoryOperatorsSaid() throws Exception {
    String html = pages.perform("prefect-35", get("/structures/new")).getContentAsString();

    assertThat(html).contains("<legend class=\"fr-fieldset__legend\" id=\"component-Group_Hours-legend\">Horaires d&#39;ouverture</legend>",
        "Format 09:00-12:00, 14:00-17:30 ; vide si fermé.", "Cinq chiffres, par exemple 35600.",
        "Caf (Caisses d&#39;allocations familiales) — obligatoire");
    assertThat(html).doesNotContain("Brouillon enregistré");
  }

  @Test
  void aDraftSavedAsThePrefectTypesComesBackForThemOnlyAndGoesOnceProposed() throws Exception {
    MockHttpServletResponse saved = pages.perform("prefect-35", post("/structures/new/draft").header("HX-Request", "true")
        .param("name", "France Services\u0000 de Janzé").param("hoursMonday", "09:00-12:00"));

    assertThat(saved.getStatus()).isEqualTo(200);
    assertThat(saved.getContentAsString()).contains("Brouillon enregistré");
    assertThat(jdbc.sql("select fields ->> 'name' from structure_proposal_draft where username = 'prefect-35'")
        .query(String.class).single()).as("the control character dropped, not refused").isEqualTo("France Services de Janzé");
    assertThat(pages.perform("prefect-35", get("/structures/new")).getContentAsString())
        .contains("value=\"France Services de Janzé\"", "value=\"09:00-12:00\"", "Brouillon enregistré");
    assertThat(pages.perform("prefect-14", get("/structures/new")).getContentAsString()).doesNotContain("Janzé");
    for (String refused : List.of("agent-35", "referent-caf-35")) {
      assertThat(pages.perform(refused, post("/structures/new/draft").param("name", "intrus")).getStatus()).as(refused)
          .isEqualTo(403);
    }

    MockHttpServletRequestBuilder propose = post("/structures");
    proposal("France Services de Janzé").forEach((field, value) -> {
      if (value instanceof List<?> values) {
        values.forEach(item -> propose.param(field, String.valueOf(item)));
      } else {
        propose.param(field, String.valueOf(value));
      }
    });
    assertThat(pages.perform("prefect-35", propose).getStatus()).isEqualTo(302);
    assertThat(jdbc.sql("select count(*) from structure_proposal_draft").query(Integer.class).single())
        .as("the draft became the case").isZero();
  }
}
