package cn.gov.sixian.reception.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, in Chinese, as the staff's browser.
 * On a machine without Chromium the browser tests are skipped with a message; in CI they fail.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Duration WAIT = Duration.ofSeconds(30);

  final WebDriver driver;
  private final String base;
  private final Path userData;

  private Browser(WebDriver driver, String base, Path userData) {
    this.driver = driver;
    this.base = base;
    this.userData = userData;
  }

  static Browser open(int port) throws Exception {
    return open(port, false);
  }

  /**
   * With {@code networkLog}, Chromium keeps its DevTools performance log (every request and
   * answer), read by {@link NetworkLog}.
   */
  static Browser open(int port, boolean networkLog) throws Exception {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed) {
      String message = "Chromium (" + CHROMIUM + ") and chromedriver (" + CHROMEDRIVER
          + ") are not installed: browser tests skipped. apt-get install chromium chromium-driver";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(message + " (CI must run them)");
      }
      Assumptions.abort(message);
    }
    Path userData = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1400,1000", "--lang=zh-CN", "--accept-lang=zh-CN",
        "--user-data-dir=" + userData);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    if (networkLog) {
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.PERFORMANCE, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
    }
    // the staff's PCs are on China Standard Time; the browser shows dates in its own zone
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
        .withEnvironment(Map.of("TZ", "Asia/Shanghai")).build();
    return new Browser(new ChromeDriver(service, options), "http://localhost:" + port, userData);
  }

  /** Logs in to a webapp (tasklist, cockpit, admin) as a demo user. */
  void login(String app, String user) {
    driver.manage().deleteAllCookies();
    driver.get(base + "/camunda/app/" + app + "/");
    WebElement password = until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("input[type=password]")));
    WebElement name = driver.findElements(By.cssSelector("form input")).get(0);
    name.clear();
    name.sendKeys(user);
    password.sendKeys("demo");
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type=password]")));
  }

  String base() {
    return base;
  }

  void go(String path) {
    driver.get(base + path);
  }

  /**
   * Opens a page of a webapp and waits until the app has started; reloads once when it hangs on
   * its loading spinner (seen now and then right after a change of user).
   */
  void goAndWait(String path, By ready) {
    go(path);
    try {
      new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(ready));
    } catch (org.openqa.selenium.TimeoutException stuck) {
      driver.navigate().refresh();
      visible(ready);
    }
  }

  /**
   * Waits for the condition; an element gone because the page was replaced meanwhile (a form
   * posted, a page reloaded) is asked for again, not an error.
   */
  <T> T until(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(condition::apply);
  }

  WebElement visible(By by) {
    return until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void click(By by) {
    WebElement element = until(ExpectedConditions.elementToBeClickable(by));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
    element.click();
  }

  /** Clicks through whatever overlays the element (Tasklist's fixed footer covers form bottoms). */
  void jsClick(WebElement element) {
    ((JavascriptExecutor) driver).executeScript(
        "arguments[0].scrollIntoView({block:'center'}); arguments[0].click();", element);
  }

  /** Waits until the page's text contains {@code text}. */
  void seeText(String text) {
    until(d -> d.findElement(By.tagName("body")).getText().contains(text));
  }

  static By text(String tag, String text) {
    return By.xpath("//" + tag + "[contains(normalize-space(.), '" + text + "')]");
  }

  /** An element whose whole text is this (the header's 「泗县联合接访中心」 contains 联合接访 too). */
  static By exactText(String tag, String text) {
    return By.xpath("//" + tag + "[normalize-space(.) = '" + text + "']");
  }

  /** A Camunda Forms field by its label. */
  WebElement field(String label) {
    return visible(By.xpath("(//label[contains(@class,'fjs-form-field-label')][starts-with(normalize-space(.), '"
        + label + "')])[1]/ancestor::div[contains(@class,'fjs-form-field')][1]"));
  }

  /**
   * Types into a field and checks the form kept it: Camunda Forms debounce input and re-render
   * fields shown by a condition, which can drop keystrokes typed a moment too early.
   */
  void type(String label, String value) {
    until(d -> {
      WebElement input = field(label).findElement(By.cssSelector("input, textarea"));
      if (!value.equals(input.getAttribute("value"))) {
        ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block:'center'})", input);
        input.clear();
        input.sendKeys(value);
        return false;
      }
      pause(Duration.ofMillis(600));
      return value.equals(field(label).findElement(By.cssSelector("input, textarea")).getAttribute("value"));
    });
  }

  /** Lets the page settle where there is nothing to wait for (something must NOT appear). */
  void pauseFor(Duration duration) {
    pause(duration);
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void choose(String label, String option) {
    WebElement field = field(label);
    // the option's own label, not the field's label (满意度评价 contains 满意)
    List<WebElement> radios = field.findElements(By.xpath(
        ".//label[not(contains(@class,'fjs-form-field-label') and not(.//input))]"
            + "[normalize-space(.)='" + option + "']"));
    if (radios.isEmpty()) {
      radios = field.findElements(By.xpath(".//label[.//input[@type='radio']][normalize-space(.)='"
          + option + "']"));
    }
    if (!radios.isEmpty() && !field.findElements(By.cssSelector("input[type=radio]")).isEmpty()) {
      jsClick(radios.get(0));
      return;
    }
    WebElement select = field.findElement(By.cssSelector(".fjs-input-group"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", select);
    select.click();
    click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.), '"
        + option + "')]"));
  }

  /** Opens the task of the case from a Tasklist filter and claims it if needed. */
  void openTask(String filter, String caseNumber, String taskName) {
    goAndWait("/camunda/app/tasklist/", text("a", filter));
    click(text("a", filter));
    click(By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(normalize-space(.), '"
        + caseNumber + "')][contains(normalize-space(.), '" + taskName + "')]//a"));
    visible(By.cssSelector(".fjs-container"));
    List<WebElement> claim = driver.findElements(text("button", "认领"));
    claim.addAll(driver.findElements(text("a", "认领")));
    if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
      claim.get(0).click();
      until(ExpectedConditions.elementToBeClickable(By.xpath(
          "//button[contains(normalize-space(.), '完成')]")));
    }
  }

  /** Completes the open task form. */
  /** Completes the open task form and waits until Tasklist has closed it (the save went through). */
  void completeTask() {
    WebElement form = driver.findElement(By.cssSelector(".fjs-container"));
    jsClick(until(ExpectedConditions.elementToBeClickable(
        By.xpath("//button[contains(normalize-space(.), '完成')]"))));
    until(ExpectedConditions.stalenessOf(form));
  }

  void screenshot(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (Exception e) {
      // a failing screenshot must not hide the test's own failure
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(userData)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (Exception ignored) {
      // temporary profile
    }
  }
}
