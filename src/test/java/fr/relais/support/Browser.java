package fr.relais.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven as a person would (.ci/run installs chromium and chromium-driver; without them the
 * test is skipped, saying why). Saves screenshots under target/screenshots and checks pages with axe-core (from npm).
 */
public final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Path AXE = Path.of("node_modules", "axe-core", "axe.min.js");

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final int port;

  private Browser(ChromeDriver driver, int port) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    this.port = port;
  }

  public static Browser open(int port) throws IOException {
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
    return new Browser(new ChromeDriver(service, options), port);
  }

  public ChromeDriver driver() {
    return driver;
  }

  public WebDriverWait waiting() {
    return wait;
  }

  public void logIn(String username, String password) {
    go("/login");
    type("username", username);
    type("password", password);
    click(driver.findElement(By.id("login-submit")));
    wait.until(page -> URI.create(page.getCurrentUrl()).getPath().equals("/"));
  }

  public void logOut() {
    click(driver.findElement(By.cssSelector("form[action$='/logout'] button")));
    wait.until(page -> page.getCurrentUrl().contains("/login"));
  }

  public void go(String path) {
    driver.get("http://localhost:" + port + path);
  }

  public void type(String name, String text) {
    WebElement field = driver.findElement(By.name(name));
    field.clear();
    field.sendKeys(text);
  }

  public void select(String name, String value) {
    new Select(driver.findElement(By.name(name))).selectByValue(value);
  }

  /** DSFR hides native radios and checkboxes behind their labels; a script click is what a user's click does. */
  public void click(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
  }

  public void screenshot(String name) throws IOException {
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  /** Saves a screenshot of the page as shown now and fails on any serious or critical axe-core violation. */
  public void checkAccessibility(String screenshot) throws IOException {
    screenshot(screenshot);
    assertThat(seriousAccessibilityViolations()).as(screenshot).isEmpty();
  }

  /** The serious and critical axe-core violations of the page as shown now, as "rule: target" lines. */
  @SuppressWarnings("unchecked")
  private List<String> seriousAccessibilityViolations() throws IOException {
    JavascriptExecutor script = (JavascriptExecutor) driver;
    script.executeScript(Files.readString(AXE, StandardCharsets.UTF_8));
    Object result = script.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.filter("
        + "v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ': ' + v.nodes.map("
        + "n => n.target.join(' ')).join(', ')))).catch(e => done(['axe failed: ' + e]));");
    return (List<String>) result;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
