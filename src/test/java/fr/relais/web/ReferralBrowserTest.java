package fr.relais.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.relais.support.RelaisSpringBootTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person's path through the pages in headless Chromium (Debian's chromium and chromium-driver, which
 * .ci/run installs): an agent sends a referral, a referent answers it from "Mes tâches", the agent reads
 * the answer. Screenshots of each page land in target/screenshots.
 */
@RelaisSpringBootTest
class ReferralBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort int port;

  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
    Files.createDirectories(SCREENSHOTS);
    ChromeOptions options = new ChromeOptions()
        .setBinary(CHROMIUM.toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1280,1600",
            "--user-data-dir=" + Files.createTempDirectory("relais-chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anAgentSendsAReferralAReferentAnswersItAndTheAgentSeesTheAnswer() throws IOException {
    logIn("agent-35");
    open("/referrals/new");
    select("operator", "CAF");
    select("lifeSituation", "SOCIAL_FAMILLE");
    type("subject", "Prime d'activité suspendue (test navigateur)");
    type("description", "La prime d'activité est suspendue depuis trois mois, deux relances sans réponse.");
    type("citizenName", "Dominique Bernard");
    click(browser.findElement(By.name("consent")));
    browser.findElement(By.id("attachments")).sendKeys(aPdf("avis-de-suspension.pdf").toAbsolutePath().toString());
    screenshot("1-nouvelle-saisine");
    click(browser.findElement(By.id("referral-submit")));
    wait.until(driver -> driver.getCurrentUrl().matches(".*/referrals/[0-9a-f-]{36}$"));
    String caseUrl = browser.getCurrentUrl();
    screenshot("2-saisine-envoyee");
    assertThat(browser.findElement(By.id("referral-attachments")).getText()).contains("avis-de-suspension.pdf");
    logOut();

    logIn("referent-caf-35");
    open("/tasks");
    String casePath = caseUrl.substring(caseUrl.indexOf("/referrals/"));
    WebElement taskLink = wait.until(driver -> {
      driver.navigate().refresh();
      return driver.findElements(By.xpath("//tr[.//a[@href='" + casePath + "']]//a[contains(@href, '/tasks/')]"))
          .stream().findFirst().orElse(null);
    });
    screenshot("3-mes-taches-referent");
    taskLink.click();
    click(browser.findElement(By.cssSelector("input[name='outcome'][value='ANSWERED']")));
    click(browser.findElement(By.id("task-submit")));
    // Without JavaScript the answer field appears once the outcome is known: the server asks for it.
    WebElement answer = wait.until(driver -> driver.findElements(By.name("answer")).stream()
        .filter(WebElement::isDisplayed).findFirst().orElse(null));
    answer.sendKeys("Le versement reprend ce mois-ci ; le rappel sera versé le 5.");
    screenshot("4-tache-reponse");
    click(browser.findElement(By.id("task-submit")));
    wait.until(driver -> driver.getCurrentUrl().endsWith("/tasks"));
    logOut();

    logIn("agent-35");
    browser.get(caseUrl);
    wait.until(driver -> {
      driver.navigate().refresh();
      return driver.findElements(By.id("referral-answer")).stream().anyMatch(WebElement::isDisplayed);
    });
    screenshot("5-reponse-vue-par-agent");
    assertThat(browser.findElement(By.id("referral-answer")).getText()).contains("Le versement reprend");
    assertThat(browser.findElement(By.id("referral-status")).getText()).isEqualToIgnoringCase("Répondue");
  }

  private static Path aPdf(String name) throws IOException {
    Path file = Path.of("target", "browser-uploads", name);
    Files.createDirectories(file.getParent());
    return Files.write(file, "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII));
  }

  private void logIn(String username) throws IOException {
    open("/login");
    type("username", username);
    type("password", "demo");
    click(browser.findElement(By.id("login-submit")));
    wait.until(driver -> driver.getCurrentUrl().endsWith("/tasks"));
  }

  private void logOut() {
    click(browser.findElement(By.cssSelector("form[action$='/logout'] button")));
    wait.until(driver -> driver.getCurrentUrl().contains("/login"));
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  private void type(String name, String text) {
    WebElement field = browser.findElement(By.name(name));
    field.clear();
    field.sendKeys(text);
  }

  private void select(String name, String value) {
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.name(name))).selectByValue(value);
  }

  /** DSFR hides native radios and checkboxes behind their labels; a script click is what a user's click does. */
  private void click(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();", element);
  }

  private void screenshot(String name) throws IOException {
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
