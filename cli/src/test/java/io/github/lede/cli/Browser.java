package io.github.lede.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Selenium through the system's chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}), with a fresh profile, and nothing that would reach for the network on its own.
 * One per test class; {@link #close()} quits the browser and its driver.
 */
final class Browser implements AutoCloseable {
  /** Debian's places; -Dlede.chromium= and -Dlede.chromedriver= name others. */
  static final Path CHROMIUM = Path.of(System.getProperty("lede.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("lede.chromedriver", "/usr/bin/chromedriver"));

  final ChromeDriver driver;
  private final Path screenshots = Path.of(System.getProperty("lede.screenshots.dir", "cli/target/screenshots"));

  /** Whether this machine has the browser; the tests skip themselves without it (CI installs it). */
  static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** Held: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
  private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

  Browser(Path profile) {
    // Selenium warns that it has no DevTools bindings for this Chromium's version; these tests use none.
    CDP_LOG.setLevel(java.util.logging.Level.SEVERE);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath());
    // The driver named outright: Selenium then never runs its manager to look for (or download) one.
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
  }

  /** Opens an address and waits until the page has rendered it. */
  void open(String url) {
    act(() -> driver.get(url));
  }

  /**
   * Does something that makes the page render again (a click, a key, an address) and waits until it has:
   * the view marks {@code <main data-state>} ready or error when it is done, and the mark set here first
   * tells a new rendering from the one before.
   */
  void act(Runnable action) {
    js("var m = document.getElementById('main'); if (m) m.dataset.state = 'before';");
    action.run();
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
      List<WebElement> main = d.findElements(By.id("main"));
      String state = main.isEmpty() ? null : main.get(0).getAttribute("data-state");
      return "ready".equals(state) || "error".equals(state);
    });
  }

  String state() {
    return driver.findElement(By.id("main")).getAttribute("data-state");
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  List<String> texts(String css) {
    return all(css).stream().map(WebElement::getText).toList();
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Saves what the browser shows as {@code <screenshots>/<name>.png}. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(screenshots);
      Path to = screenshots.resolve(name + ".png");
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), to, StandardCopyOption.REPLACE_EXISTING);
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
