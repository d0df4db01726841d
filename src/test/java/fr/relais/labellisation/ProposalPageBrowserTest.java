package fr.relais.labellisation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relais.support.Browser;
import fr.relais.support.BrowserExtension;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The structure proposal in headless Chromium: in sections, checked by axe-core, and its draft saved as typed. */
@RelaisSpringBootTest
@ExtendWith(BrowserExtension.class)
class ProposalPageBrowserTest {

  @Autowired JdbcClient jdbc;

  @BeforeEach
  void noDraftYet() {
    jdbc.sql("delete from structure_proposal_draft").update();
  }

  @Test
  void whatThePrefectTypesIsThereWhenTheyComeBack(Browser browser) throws IOException {
    browser.logIn("prefect-35", RelaisApi.PASSWORD);
    browser.go("/structures/new");
    browser.checkAccessibility("forms-5-proposition-structure");

    browser.type("name", "France Services de Bain-de-Bretagne");
    browser.type("hoursMonday", "09:00-12:00, 14:00-17:30");

    // The last field is saved once typing pauses (input delay:2s), as on task pages.
    browser.waiting().until(driver -> jdbc.sql("select count(*) from structure_proposal_draft"
        + " where fields ->> 'hoursMonday' = '09:00-12:00, 14:00-17:30'").query(Integer.class).single() == 1);
    browser.driver().navigate().refresh();
    assertThat(browser.driver().findElement(By.id("draft-status")).getText()).startsWith("Brouillon enregistré le");
    assertThat(browser.driver().findElement(By.name("name")).getAttribute("value"))
        .isEqualTo("France Services de Bain-de-Bretagne");
    assertThat(browser.driver().findElement(By.name("hoursMonday")).getAttribute("value"))
        .isEqualTo("09:00-12:00, 14:00-17:30");
    assertThat(browser.driver().findElement(By.id("field-name-counter")).getText())
        .isEqualTo("35 caractères sur 200");
    browser.checkAccessibility("forms-6-proposition-brouillon-repris");
  }
}
