package fr.relais.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.labellisation.LabellisationProcess;
import fr.relais.support.Browser;
import fr.relais.support.BrowserExtension;
import fr.relais.support.LabellisationSteps;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An auditor fills in the checklist grid in headless Chromium with one criterion non-compliant, then opens the
 * fast-track re-audit: pre-filled with the previous results, that criterion first and marked, the others confirmed in
 * one click. Screenshots and the grid's page heights land in target/screenshots.
 */
@RelaisSpringBootTest
@ExtendWith(BrowserExtension.class)
class AuditChecklistBrowserTest {

  /** The generic list of 30 "Élément" fieldsets this grid replaces measured 21,639 px at the same window width. */
  private static final long GENERIC_LIST_HEIGHT = 21_639;

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;

  @Test
  void anAuditorFailsOneCriterionThenTheReauditOpensWithItMarkedAndConfirmsTheOthersInOneClick(Browser browser)
      throws IOException {
    LabellisationSteps steps = new LabellisationSteps(new RelaisApi(mvc, json));
    String id = steps.proposeComplete("France Services de Val-d'Anast");
    String auditor = steps.auditor(id);

    browser.logIn(auditor, RelaisApi.PASSWORD);
    browser.go("/tasks/" + steps.auditTask(id).get("id").asText());
    long firstHeight = pageHeight(browser);
    assertThat(progress(browser)).isEqualTo("0 / 30 renseignés");
    setDate(browser, "visitDate", steps.today().toString());
    for (int i = 0; i < 30; i++) {
      choose(browser, i, i == 17 ? "NON_COMPLIANT" : "COMPLIANT");
    }
    WebElement finding = browser.driver().findElement(By.name("criteria[17].comment"));
    assertThat(finding.isDisplayed()).as("asked once 'Non conforme' is chosen, without a submit").isTrue();
    assertThat(browser.driver().findElement(By.name("criteria[16].comment")).isDisplayed()).isFalse();
    assertThat(progress(browser)).isEqualTo("30 / 30 renseignés");
    finding.sendKeys("Le bureau confidentiel n'a pas de porte.");
    browser.type("remarks", "Une porte à poser au bureau confidentiel.");
    scrollTo(browser, finding);
    browser.checkAccessibility("audit-1-grille-remplie");
    browser.click(browser.driver().findElement(By.id("task-submit")));
    browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/tasks"));

    steps.awaitStatus(id, "UPGRADE_REQUIRED");
    steps.completeTask(LabellisationSteps.PREFECT, id, LabellisationProcess.RECORD_UPGRADE_TASK,
        Map.of("corrections", "Porte posée au bureau confidentiel le 3 novembre."));
    steps.awaitStatus(id, "AUDIT_PENDING");
    browser.go("/tasks/" + steps.auditTask(id).get("id").asText());
    long reauditHeight = pageHeight(browser);
    List<WebElement> rows = browser.driver().findElements(By.cssSelector(".relais-criterion"));
    assertThat(rows.getFirst().getText()).as("the failed criterion first, with what was found")
        .contains("FS-18", "Audit précédent : non conforme", "Le bureau confidentiel n'a pas de porte.");
    assertThat(rows.getFirst().getAttribute("class")).contains("relais-criterion--revisit");
    scrollTo(browser, rows.getFirst());
    browser.checkAccessibility("audit-2-contre-visite");

    browser.click(browser.driver().findElement(By.id("audit-confirm-others")));
    assertThat(progress(browser)).isEqualTo("29 / 30 renseignés");
    assertThat(browser.driver().findElements(By.cssSelector("input[name='criteria[17].result']:checked")))
        .as("judged again by the auditor").isEmpty();
    choose(browser, 17, "COMPLIANT");
    assertThat(progress(browser)).isEqualTo("30 / 30 renseignés");
    scrollTo(browser, rows.getFirst());
    browser.checkAccessibility("audit-3-contre-visite-confirmee");
    setDate(browser, "visitDate", steps.today().toString());
    browser.click(browser.driver().findElement(By.id("task-submit")));
    browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/tasks"));

    assertThat(steps.awaitStatus(id, "AWAITING_NATIONAL_AGREEMENT").get("audits").get(1).get("results")).hasSize(30);
    Files.writeString(Path.of("target", "screenshots", "audit-heights.txt"), "generic list " + GENERIC_LIST_HEIGHT
        + " px; grid " + firstHeight + " px; re-audit grid " + reauditHeight + " px (window 1280 px wide)\n");
    assertThat(firstHeight).as("the grid against the generic list").isLessThan(GENERIC_LIST_HEIGHT / 3);
  }

  private static long pageHeight(Browser browser) {
    return ((Number) browser.driver().executeScript("return document.documentElement.scrollHeight;")).longValue();
  }

  /** Screenshots show the window: the part of the grid the step is about. */
  private static void scrollTo(Browser browser, WebElement element) {
    browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  private static String progress(Browser browser) {
    return browser.driver().findElement(By.id("audit-progress")).getText();
  }

  private static void choose(Browser browser, int row, String result) {
    browser.click(browser.driver().findElement(
        By.cssSelector("input[name='criteria[" + row + "].result'][value='" + result + "']")));
  }

  /** A date input's text depends on the browser's locale; its value does not. */
  private static void setDate(Browser browser, String name, String isoDate) {
    browser.driver().executeScript("arguments[0].value = arguments[1];"
        + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        browser.driver().findElement(By.name(name)), isoDate);
  }
}
