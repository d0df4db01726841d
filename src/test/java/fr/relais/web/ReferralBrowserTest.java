package fr.relais.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relais.support.Browser;
import fr.relais.support.BrowserExtension;
import fr.relais.support.RelaisApi;
import fr.relais.support.RelaisSpringBootTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A person's path through the pages in headless Chromium: an agent sends a referral, a referent answers it from
 * "Mes tâches", the agent reads the answer. Screenshots of each page land in target/screenshots.
 */
@RelaisSpringBootTest
@ExtendWith(BrowserExtension.class)
class ReferralBrowserTest {


  @Test
  void anAgentSendsAReferralAReferentAnswersItAndTheAgentSeesTheAnswer(Browser browser) throws IOException {
    browser.logIn("agent-35", RelaisApi.PASSWORD);
    browser.go("/referrals/new");
    browser.select("operator", "CAF");
    browser.select("lifeSituation", "SOCIAL_FAMILLE");
    browser.type("subject", "Prime d'activité suspendue (test navigateur)");
    browser.type("description", "La prime d'activité est suspendue depuis trois mois, deux relances sans réponse.");
    browser.type("citizenName", "Dominique Bernard");
    browser.click(browser.driver().findElement(By.name("consent")));
    browser.driver().findElement(By.id("attachments")).sendKeys(aPdf("avis-de-suspension.pdf").toAbsolutePath().toString());
    browser.screenshot("1-nouvelle-saisine");
    browser.click(browser.driver().findElement(By.id("referral-submit")));
    browser.waiting().until(driver -> driver.getCurrentUrl().matches(".*/referrals/[0-9a-f-]{36}$"));
    String caseUrl = browser.driver().getCurrentUrl();
    browser.screenshot("2-saisine-envoyee");
    assertThat(browser.driver().findElement(By.id("referral-attachments")).getText()).contains("avis-de-suspension.pdf");
    browser.logOut();

    browser.logIn("referent-caf-35", RelaisApi.PASSWORD);
    browser.go("/tasks");
    String casePath = caseUrl.substring(caseUrl.indexOf("/referrals/"));
    WebElement taskLink = browser.waiting().until(driver -> {
      driver.navigate().refresh();
      return driver.findElements(By.xpath("//tr[.//a[@href='" + casePath + "']]//a[contains(@href, '/tasks/')]"))
          .stream().findFirst().orElse(null);
    });
    browser.screenshot("3-mes-taches-referent");
    taskLink.click();
    browser.click(browser.driver().findElement(By.cssSelector("input[name='outcome'][value='ANSWERED']")));
    // The answer field appears as soon as the outcome is picked (the form's condition, judged by the server).
    WebElement answer = browser.waiting().until(driver -> driver.findElements(By.name("answer")).stream()
        .filter(WebElement::isDisplayed).findFirst().orElse(null));
    answer.sendKeys("Le versement reprend ce mois-ci ; le rappel sera versé le 5.");
    browser.screenshot("4-tache-reponse");
    browser.click(browser.driver().findElement(By.id("task-submit")));
    browser.waiting().until(driver -> driver.getCurrentUrl().endsWith("/tasks"));
    browser.logOut();

    browser.logIn("agent-35", RelaisApi.PASSWORD);
    browser.driver().get(caseUrl);
    browser.waiting().until(driver -> {
      driver.navigate().refresh();
      return driver.findElements(By.id("referral-answer")).stream().anyMatch(WebElement::isDisplayed);
    });
    browser.screenshot("5-reponse-vue-par-agent");
    assertThat(browser.driver().findElement(By.id("referral-answer")).getText()).contains("Le versement reprend");
    assertThat(browser.driver().findElement(By.id("referral-status")).getText()).isEqualToIgnoringCase("Répondue");
  }

  private static Path aPdf(String name) throws IOException {
    Path file = Path.of("target", "browser-uploads", name);
    Files.createDirectories(file.getParent());
    return Files.write(file, "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII));
  }
}
