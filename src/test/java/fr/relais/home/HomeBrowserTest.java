package fr.relais.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.support.Browser;
import fr.relais.support.BrowserExtension;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The home page and a case's process diagram in headless Chromium, checked with axe-core: an agent lands on its
 * referrals, opens one, reads its current step beside the drawing and zooms with the keyboard; a referent lands on
 * its tasks; every other role's home page passes axe-core too. Screenshots in target/screenshots.
 */
@RelaisSpringBootTest
@ExtendWith(BrowserExtension.class)
class HomeBrowserTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;

  @Test
  void theHomePagesAndACaseDiagramAreReadableByKeyboardAndScreenReader(Browser browser) throws IOException {
    RelaisApi api = new RelaisApi(mvc, json);
    String id = api.submitReferral("agent-35", "CAF");
    api.awaitTask("referent-caf-35", id, "Task_AnswerReferral");

    browser.logIn("agent-35", RelaisApi.PASSWORD);
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).startsWith("Bonjour");
    assertThat(browser.driver().findElement(By.linkText("Nouvelle saisine")).isDisplayed()).isTrue();
    assertThat(browser.driver().findElements(By.cssSelector("[data-referral-id='" + id + "']"))).isNotEmpty();
    browser.checkAccessibility("home-1-agent");

    browser.go("/referrals/" + id);
    WebElement drawing = browser.waiting().until(driver -> driver.findElements(By.cssSelector(
        ".relais-diagram[data-bpmn-ready]")).stream().findFirst().orElse(null));
    WebElement currentStep = browser.driver().findElement(By.cssSelector(".relais-current-steps"));
    assertThat(currentStep.isDisplayed()).isTrue();
    assertThat(currentStep.getText()).contains("Répondre à la saisine");
    assertThat(drawing.findElements(By.cssSelector("[data-element-id='Task_AnswerReferral'].relais-current")))
        .as("the current step is highlighted in the drawing").isNotEmpty();
    assertThat(drawing.findElements(By.cssSelector("svg[tabindex]"))).as("the drawing takes no focus").isEmpty();

    double fitted = scale(browser);
    WebElement zoomIn = browser.driver().findElement(By.cssSelector("[data-diagram-zoom='in']"));
    zoomIn.sendKeys(Keys.ENTER);
    assertThat(scale(browser)).as("zoomed in from the keyboard").isGreaterThan(fitted);
    browser.driver().findElement(By.cssSelector("[data-diagram-zoom='fit']")).sendKeys(Keys.SPACE);
    assertThat(scale(browser)).isCloseTo(fitted, org.assertj.core.data.Offset.offset(0.01));
    browser.checkAccessibility("home-2-saisine-schema");
    browser.logOut();

    browser.logIn("referent-caf-35", RelaisApi.PASSWORD);
    assertThat(browser.driver().findElement(By.id("home-caseworker")).getText()).isEqualTo("Saisines à traiter");
    assertThat(browser.driver().findElements(By.cssSelector("[data-figure='due-soon']"))).isNotEmpty();
    browser.checkAccessibility("home-3-referent");
    browser.logOut();

    for (String user : List.of("prefect-35", "anct", "auditor", "trainer", "visitor")) {
      browser.logIn(user, RelaisApi.PASSWORD);
      assertThat(browser.driver().findElements(By.cssSelector("main h2"))).as(user).isNotEmpty();
      browser.checkAccessibility("home-4-" + user);
      browser.logOut();
    }
  }

  /** The drawing's zoom factor, as bpmn-js set it on its viewport. */
  private static double scale(Browser browser) {
    return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
        "return document.querySelector('.relais-diagram .viewport').transform.baseVal.consolidate().matrix.a;"))
        .doubleValue();
  }
}
