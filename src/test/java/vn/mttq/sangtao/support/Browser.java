package vn.mttq.sangtao.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, offline: the browser and its driver are given by path, so nothing is
 * downloaded. Where Chromium is missing the calling test is skipped with a message saying how to install it.
 * Screenshots go to {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

  static final File CHROMIUM = new File(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
  static final File CHROMEDRIVER = new File(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  /** The computer's zone the browser runs in: not Vietnam's, so that tests see dates shown in Vietnam's time. */
  public static final String BROWSER_ZONE = "UTC";

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts a browser whose preferred language is Vietnamese; skips the test when Chromium is not installed. */
  public static Browser vietnamese() {
    Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
        "Browser test skipped: no Chromium at " + CHROMIUM + " or no ChromeDriver at " + CHROMEDRIVER
            + " (apt-get install chromium chromium-driver; .ci/run does this)");
    try {
      Path profile = Files.createTempDirectory("sangtao-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--window-size=1366,900", "--user-data-dir=" + profile));
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi,en"));
      // a page's "leave this page?" question is answered yes, as a person would after sending their work
      options.setUnhandledPromptBehaviour(org.openqa.selenium.UnexpectedAlertBehaviour.ACCEPT);
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
          .usingAnyFreePort().withEnvironment(Map.of("TZ", BROWSER_ZONE)).build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().implicitlyWait(Duration.ZERO);
      return new Browser(driver, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens a webapp ("tasklist", "cockpit", "admin") and signs in with the demo password; returns once the sign-in was
   * accepted (the sign-in form is gone), so that the next page opened carries the session.
   */
  public void logIn(int port, String app, String user) {
    driver.get("http://localhost:" + port + "/camunda/app/" + app + "/");
    By username = By.cssSelector("input[ng-model='username']");
    By password = By.cssSelector("input[ng-model='password']");
    try {
      // on a busy machine the sign-in form may be drawn again while the app starts, dropping what was typed: the
      // fields are filled until they hold the values, and the form is sent again if it is still there after 20 s
      boolean[] sent = {false};
      waitUpTo(Duration.ofSeconds(120)).until(d -> {
        List<WebElement> fields = d.findElements(username);
        if (fields.isEmpty() || !fields.get(0).isDisplayed()) {
          return sent[0]; // gone after sending: signed in; gone before: the page is still loading
        }
        fill(fields.get(0), user);
        fill(d.findElement(password), "demo");
        if (!user.equals(fields.get(0).getAttribute("value"))) {
          return false;
        }
        d.findElement(By.cssSelector("button[type='submit']")).click();
        sent[0] = true;
        try {
          return waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.invisibilityOfElementLocated(username));
        } catch (org.openqa.selenium.TimeoutException stillThere) {
          return false;
        }
      });
    } catch (RuntimeException e) {
      screenshot("login-failed-" + app + "-" + user);
      throw e;
    }
  }

  private static void fill(WebElement field, String value) {
    if (!value.equals(field.getAttribute("value"))) {
      field.clear();
      field.sendKeys(value);
    }
  }

  /**
   * Clicks an element after scrolling it to the middle of the window: at the bottom of a long list a link lies under
   * Tasklist's fixed footer, which would take the click.
   */
  public void click(WebElement element) {
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  /**
   * Clicks Tasklist's "Hoàn thành" under the open task's form, scrolled to the middle and clicked by script: an open
   * date calendar or the fixed footer would otherwise take the click.
   */
  public void completeTask() {
    WebElement button = driver.findElement(By.cssSelector("button[ng-click='complete()']"));
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
  }

  /**
   * Waits until Tasklist shows the refusal {@code reason}, saves a screenshot under {@code name}, and checks that the
   * page shows the reason alone: none of the engine's English wrapping ("ENGINE-…", "Cannot submit …").
   */
  public void showsOnlyTheRefusal(String reason, String name) {
    waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
        reason));
    screenshot(name);
    org.assertj.core.api.Assertions.assertThat(driver.findElement(By.tagName("body")).getText())
        .doesNotContain("ENGINE-", "Cannot submit", "Exception while invoking");
  }

  /** Chooses an option of a Camunda Forms drop-down (field {@code key}) by the text shown. */
  public void choose(String key, String text) {
    click(driver.findElement(By.cssSelector("[id$='-field_" + key + "-display']")));
    click(waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='" + text + "']"))));
  }

  /** Chooses a Tasklist filter by its name. */
  public void openFilter(String name) {
    try {
      waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.elementToBeClickable(
          By.xpath(filterXpath(name)))).click();
    } catch (RuntimeException e) {
      screenshot("filter-not-found");
      throw e;
    }
  }

  /** A Tasklist filter's link in the list of filters, by its name. */
  public static String filterXpath(String name) {
    return "//div[contains(@class,'task-filter')]/h4/a[normalize-space(text()[1])='" + name + "']";
  }

  public ChromeDriver driver() {
    return driver;
  }

  public WebDriverWait waitUpTo(Duration timeout) {
    return new WebDriverWait(driver, timeout);
  }

  /** Saves a PNG of the page as {@code target/screenshots/<name>.png} and returns its path. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    org.springframework.util.FileSystemUtils.deleteRecursively(profile.toFile());
  }
}
