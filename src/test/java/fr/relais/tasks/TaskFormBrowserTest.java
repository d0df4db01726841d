package fr.relais.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.relais.support.Browser;
import fr.relais.support.BrowserExtension;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A referent answers a referral in headless Chromium the way the form now works: the answer box appears as soon as
 * "Réponse apportée" is picked, one submit answers the case, and a refused submit lists its errors as links that
 * move the focus. Screenshots (and axe-core checks) of each state land in target/screenshots.
 */
@RelaisSpringBootTest
@ExtendWith(BrowserExtension.class)
class TaskFormBrowserTest {

  private static final String REFERENT = "referent-caf-35";

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;

  RelaisApi api;
  String referralId;
  String taskId;

  @BeforeEach
  void setUp() {
    api = new RelaisApi(mvc, json);
    referralId = api.submitReferral("agent-35", "CAF");
    taskId = api.awaitTask(REFERENT, referralId, "Task_AnswerReferral").get("id").asText();
  }

  @Test
  void theAnswerBoxAppearsWhenTheOutcomeIsPickedAndOneSubmitAnswersTheCase(Browser browser) throws IOException {
    browser.logIn(REFERENT, RelaisApi.PASSWORD);
    browser.go("/tasks/" + taskId);
    WebElement answer = browser.driver().findElement(By.name("answer"));
    assertThat(answer.isDisplayed()).isFalse();
    browser.checkAccessibility("forms-1-tache-ouverte");
    // Set on this page only: still there after the answer box appears means no page was loaded meanwhile.
    script(browser, "window.relaisSamePage = true;");

    browser.click(browser.driver().findElement(By.cssSelector("input[name='outcome'][value='ANSWERED']")));

    browser.waiting().until(driver -> answer.isDisplayed());
    assertThat(script(browser, "return window.relaisSamePage === true;")).isEqualTo(true);
    answer.sendKeys("Le versement reprend ce mois-ci ; le rappel sera versé le 5.");
    WebElement counter = browser.driver().findElement(By.id("field-answer-counter"));
    browser.waiting().until(driver -> counter.getText().equals("60 caractères sur 5000"));
    browser.checkAccessibility("forms-2-reponse-apparue");

    browser.click(browser.driver().findElement(By.id("task-submit")));

    browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/tasks"));
    api.awaitReferral("agent-35", referralId, "ANSWERED");
  }

  @Test
  void aRefusedSubmitListsItsErrorsAndEachLinkMovesTheFocusToItsField(Browser browser) throws IOException {
    browser.logIn(REFERENT, RelaisApi.PASSWORD);
    browser.go("/tasks/" + taskId);

    browser.click(browser.driver().findElement(By.id("task-submit")));

    WebElement summary = browser.waiting().until(driver -> driver.findElements(By.id("error-summary")).stream()
        .filter(WebElement::isDisplayed).findFirst().orElse(null));
    assertThat(activeElementId(browser)).as("the summary is read first").isEqualTo("error-summary");
    browser.checkAccessibility("forms-3-resume-des-erreurs");
    WebElement link = summary.findElement(By.cssSelector("a[href='#field-outcome-1']"));
    assertThat(link.getText()).isEqualTo("Suite donnée à la saisine : Ce champ est obligatoire.");

    link.click();

    assertThat(activeElementId(browser)).isEqualTo("field-outcome-1");
    browser.screenshot("forms-4-focus-sur-le-champ");
  }

  private static String activeElementId(Browser browser) {
    return (String) script(browser, "return document.activeElement.id;");
  }

  private static Object script(Browser browser, String script) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script);
  }
}
