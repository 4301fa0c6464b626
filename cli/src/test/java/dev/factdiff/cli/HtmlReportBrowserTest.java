package dev.factdiff.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.factdiff.core.testing.Seeds;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens the HTML report of the seed pair in headless Chromium (Debian's chromium and chromium-driver, which
 * {@code .ci/run} installs; {@code -Dfactdiff.chromium=...} and {@code -Dfactdiff.chromedriver=...} name others)
 * and uses it as a reader would. Where they are missing, every test reports itself skipped, with a message.
 */
class HtmlReportBrowserTest {
  private static final Path CHROMIUM = Path.of(System.getProperty("factdiff.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("factdiff.chromedriver", "/usr/bin/chromedriver"));
  private static final Path TARGET = Path.of("target").toAbsolutePath();

  private static ChromeDriver driver;
  private static Path profile;

  /**
   * Opens the browser if there is one. The assumption is made before each test, not here: an assumption that
   * fails in {@code @BeforeAll} makes Surefire report no tests at all ("Tests run: 0, Skipped: 0"), which reads as
   * a pass.
   */
  @BeforeAll
  static void openBrowser() throws IOException {
    if (!browserInstalled()) {
      return;
    }
    profile = Files.createTempDirectory("factdiff-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
        "--window-size=1280,760", "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
  }

  @BeforeEach
  void needsTheBrowser() {
    Assumptions.assumeTrue(
        browserInstalled(),
        "no browser: install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver) "
            + "to run the browser test");
  }

  private static boolean browserInstalled() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  @AfterAll
  static void closeBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  private static Path report(String name, String original, String revised) throws IOException {
    Files.createDirectories(TARGET);
    Path out = TARGET.resolve(name);
    Cli.Result result = Cli.run("check", "--format", "html", "--output", out.toString(), original, revised);
    assertTrue(result.code() == 0 || result.code() == 1, result.err());
    return out;
  }

  private static void open(Path page) {
    driver.get(page.toUri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> "true".equals(((JavascriptExecutor) d).executeScript(
            "return document.documentElement.getAttribute('data-ready')")));
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static List<WebElement> shownFindings() {
    return driver.findElements(By.cssSelector("#finding-list .finding")).stream()
        .filter(WebElement::isDisplayed)
        .collect(Collectors.toList());
  }

  private static long number(String id) {
    return Long.parseLong(driver.findElement(By.id(id)).getText().trim());
  }

  @Test
  void theSeedReportShowsFiltersAndJumpsToItsFindings() throws IOException {
    open(report("seed-report.html", Seeds.dir().resolve(Seeds.ORIGINAL).toString(),
        Seeds.dir().resolve(Seeds.REVISED).toString()));
    long total = number("count-total");
    assertTrue(total > 0, "the seed revision has findings");
    assertEquals(total - number("count-info"), shownFindings().size(), "info is folded until asked for");
    assertEquals(total, number("shown-count"));
    driver.findElement(By.cssSelector("#group-info > summary")).click();
    assertEquals(total, shownFindings().size());

    // Hiding a severity hides exactly its findings; showing it again brings them back.
    WebElement first = shownFindings().get(0);
    String severity = first.getAttribute("data-severity");
    long ofSeverity = number("count-" + severity);
    WebElement box = driver.findElement(By.cssSelector(".filters input[name=severity][value=" + severity + "]"));
    box.click();
    assertEquals(total - ofSeverity, shownFindings().size());
    assertTrue(shownFindings().stream().noneMatch(f -> severity.equals(f.getAttribute("data-severity"))));
    assertEquals(total - ofSeverity, number("shown-count"));
    box.click();
    assertEquals(total, shownFindings().size());

    // Likewise for a category.
    String category = first.getAttribute("data-category");
    long ofCategory =
        shownFindings().stream().filter(f -> category.equals(f.getAttribute("data-category"))).count();
    WebElement categoryBox =
        driver.findElement(By.cssSelector(".filters input[name=category][value=" + category + "]"));
    categoryBox.click();
    assertEquals(total - ofCategory, shownFindings().size());
    categoryBox.click();
    assertEquals(total, shownFindings().size());

    // Scroll both panes to the end, then pick the finding placed earliest in the text: both panes come to it.
    js("document.getElementById('link-scrolling').checked = false;"
        + "for (const id of ['pane-original', 'pane-revised']) {"
        + "  const p = document.getElementById(id); p.scrollTop = p.scrollHeight; }");
    long originalBefore = ((Number) js("return document.getElementById('pane-original').scrollTop")).longValue();
    long revisedBefore = ((Number) js("return document.getElementById('pane-revised').scrollTop")).longValue();
    assertTrue(originalBefore > 0 && revisedBefore > 0, "the panes scroll: the seed articles are longer than them");
    WebElement target =
        shownFindings().stream()
            .filter(f -> Integer.parseInt(f.getAttribute("data-original-start")) >= 0)
            .filter(f -> Integer.parseInt(f.getAttribute("data-revised-start")) >= 0)
            .min(Comparator.comparingInt(f -> Integer.parseInt(f.getAttribute("data-revised-start"))))
            .orElseGet(() -> shownFindings().get(0));
    target.findElement(By.cssSelector("button.go")).click();
    assertTrue(target.getAttribute("class").contains("active"));
    for (String pane : List.of("pane-original", "pane-revised")) {
      long after = ((Number) js("return document.getElementById(arguments[0]).scrollTop", pane)).longValue();
      long before = pane.equals("pane-original") ? originalBefore : revisedBefore;
      String side = pane.equals("pane-original") ? "data-original-start" : "data-revised-start";
      if (Integer.parseInt(target.getAttribute(side)) >= 0) {
        assertTrue(after < before, pane + " moved to the finding (" + before + " -> " + after + ")");
        Boolean visible =
            (Boolean) js(
                "const pane = document.getElementById(arguments[0]);"
                    + "const mark = pane.querySelector('.hl.current') || pane.querySelector('.para');"
                    + "const r = mark.getBoundingClientRect(), p = pane.getBoundingClientRect();"
                    + "return r.bottom > p.top && r.top < p.bottom;",
                pane);
        assertTrue(visible, "the finding is in view in " + pane);
      }
    }
    long currentMarks = ((Number) js("return document.querySelectorAll('.hl.current').length")).longValue();
    assertTrue(currentMarks >= 2, "the finding is marked in both versions");

    // Clicking a marked place in a version selects its finding in the list.
    WebElement mark = driver.findElement(By.cssSelector("#pane-revised [data-findings]:not(.filtered)"));
    String markedId = mark.getAttribute("data-findings").split(" ")[0];
    js("arguments[0].scrollIntoView({block: 'center'})", mark);
    mark.click();
    assertTrue(driver.findElement(By.id(markedId)).getAttribute("class").contains("active"), markedId);

    // The keyboard moves to the next finding.
    js("document.activeElement.blur()");
    driver.findElement(By.tagName("body")).sendKeys("j");
    assertEquals(1, driver.findElements(By.cssSelector(".finding.active")).size());

    Files.write(TARGET.resolve("seed-report.png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void atPhoneAndDesktopWidthsErrorsComeFirstInfoWaitsAndAFindingBringsBothVersions() throws IOException {
    Path page = report("seed-report-widths.html", Seeds.dir().resolve(Seeds.ORIGINAL).toString(),
        Seeds.dir().resolve(Seeds.REVISED).toString());
    try {
      for (int width : new int[] {390, 1400}) {
        driver.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 900));
        open(page);
        String at = width + " px: ";
        assertEquals(width, ((Number) js("return window.innerWidth")).intValue(), at + "the window is that wide");

        // The first finding one sees is the first error, without scrolling.
        WebElement first = shownFindings().get(0);
        assertEquals("error", first.getAttribute("data-severity"), at + "the first finding is an error");
        assertTrue(((Number) js("return arguments[0].getBoundingClientRect().top", first)).doubleValue()
            < ((Number) js("return window.innerHeight")).doubleValue(), at + "the first error is on the first screen");
        assertTrue(first.findElement(By.cssSelector(".details")).isDisplayed(), at + "an error shows its details");

        // Info is folded behind its count until asked for.
        List<WebElement> info = driver.findElements(By.cssSelector(".finding[data-severity=info]"));
        assertFalse(info.isEmpty());
        assertTrue(info.stream().noneMatch(WebElement::isDisplayed), at + "info hidden");
        WebElement fold = driver.findElement(By.cssSelector("#group-info > summary"));
        assertTrue(fold.getText().startsWith(info.size() + " info"), at + fold.getText());
        js("arguments[0].scrollIntoView({block: 'center'})", fold);
        fold.click();
        assertTrue(info.stream().allMatch(WebElement::isDisplayed), at + "info shown when asked");

        // A legend names every colour and mark; diff colour outside findings is muted until asked for.
        String legend = driver.findElement(By.id("legend")).getText().toLowerCase(java.util.Locale.ROOT);
        for (String words : List.of("error", "warning", "info", "removed", "put in", "selected", "no counterpart")) {
          assertTrue(legend.contains(words), at + "the legend explains " + words + ": " + legend);
        }
        assertTrue((Boolean) js("return document.body.classList.contains('muted-diff')"));
        WebElement all = driver.findElement(By.id("show-all-changes"));
        js("arguments[0].click()", all);
        assertFalse((Boolean) js("return document.body.classList.contains('muted-diff')"), at + "the toggle");
        js("arguments[0].click()", all);

        // Clicking a warning (one line in the list) brings both versions' text to it.
        WebElement warning = shownFindings().stream()
            .filter(f -> "warning".equals(f.getAttribute("data-severity")))
            .filter(f -> Integer.parseInt(f.getAttribute("data-original-start")) >= 0)
            .filter(f -> Integer.parseInt(f.getAttribute("data-revised-start")) >= 0)
            .findFirst().orElseThrow();
        assertFalse(warning.findElement(By.cssSelector(".details")).isDisplayed(), at + "a warning is one line");
        WebElement go = warning.findElement(By.cssSelector("button.go"));
        js("arguments[0].scrollIntoView({block: 'start'})", go);
        go.click();
        assertTrue(warning.findElement(By.cssSelector(".details")).isDisplayed(), at + "selected, it shows details");
        if (width == 390) {
          for (String side : List.of("original", "revised")) {
            WebElement context = warning.findElement(By.cssSelector(".context .ctx-" + side));
            assertTrue(context.isDisplayed(), at + side + " text under the finding");
            assertFalse(context.findElements(By.cssSelector(".para .hl.current")).isEmpty(),
                at + "the " + side + " paragraph shows the finding marked");
            assertTrue(((Number) js("return arguments[0].getBoundingClientRect().top", context)).doubleValue()
                < ((Number) js("return window.innerHeight")).doubleValue(), at + side + " text on screen");
          }
        } else {
          assertTrue(warning.findElements(By.cssSelector(".context .ctx")).isEmpty(), at + "the panes do it");
          for (String pane : List.of("pane-original", "pane-revised")) {
            assertTrue((Boolean) js(
                "const pane = document.getElementById(arguments[0]);"
                    + "const mark = pane.querySelector('.hl.current');"
                    + "const r = mark.getBoundingClientRect(), p = pane.getBoundingClientRect();"
                    + "return r.bottom > p.top && r.top < p.bottom && r.top < window.innerHeight;", pane),
                at + "the finding is in view in " + pane);
          }
        }
        Files.write(TARGET.resolve("seed-report-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
      }
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 760));
    }
  }

  @Test
  void markupScriptsAndTemplateSyntaxInAnArticleShowAsTextAndNeverRun() throws IOException {
    String hostile =
        "Council <b id=\"injected\">approves</b> budget\n\n"
            + "The council approved 90 new posts on Monday. <script>alert(1); window.xssRan = 1;</script>\n\n"
            + "Template {{mustache}} and {{{triple}}} and <img src=x onerror=\"window.xssRan = 2\"> stay text.\n";
    Path original = TARGET.resolve("hostile-original.txt");
    Path revised = TARGET.resolve("hostile-revised.txt");
    Files.createDirectories(TARGET);
    Files.writeString(original, hostile, StandardCharsets.UTF_8);
    Files.writeString(revised, hostile.replace("90", "19"), StandardCharsets.UTF_8);
    open(report("hostile-report.html", original.toString(), revised.toString()));

    assertFalse(alertShown(), "no alert");
    assertEquals(null, js("return window.xssRan === undefined ? null : window.xssRan"));
    assertEquals(0L, js("return document.querySelectorAll('#injected, img, .pane script, .pane b').length"));
    assertEquals(1L, js("return document.scripts.length"), "only the report's own script");
    String text = driver.findElement(By.id("pane-original")).getText();
    assertTrue(text.contains("<script>alert(1); window.xssRan = 1;</script>"), text);
    assertTrue(text.contains("<b id=\"injected\">approves</b>"), text);
    assertTrue(text.contains("{{mustache}} and {{{triple}}}"), text);
    Files.write(TARGET.resolve("hostile-report.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void anHtmlArticleShowsItsTextAndNoneOfItsScripts() throws IOException {
    String page =
        "<!DOCTYPE html><html><head><title>Budget</title><script>window.xssRan = 3;</script></head><body>"
            + "<h1>Council approves budget</h1>"
            + "<p>The council approved 90 new posts. &lt;script&gt;alert(1)&lt;/script&gt; and {{mustache}}</p>"
            + "<p onclick=\"window.xssRan = 4\">The mayor said <i>nothing</i> more.</p></body></html>";
    Path original = TARGET.resolve("hostile-original.html");
    Path revised = TARGET.resolve("hostile-revised.html");
    Files.createDirectories(TARGET);
    Files.writeString(original, page, StandardCharsets.UTF_8);
    Files.writeString(revised, page.replace("90", "19"), StandardCharsets.UTF_8);
    open(report("hostile-html-report.html", original.toString(), revised.toString()));

    assertFalse(alertShown(), "no alert");
    assertEquals(null, js("return window.xssRan === undefined ? null : window.xssRan"));
    assertEquals(1L, js("return document.scripts.length"), "only the report's own script");
    assertEquals(0L, js("return document.querySelectorAll('.pane i, .pane h1, [onclick]').length"));
    String text = driver.findElement(By.id("pane-revised")).getText();
    assertTrue(text.contains("<script>alert(1)</script> and {{mustache}}"), text);
    assertFalse(text.contains("xssRan"), "the page's own scripts are not article text");
  }

  @Test
  void aRepeatedChangeIsOneFindingWhoseEveryPlaceIsMarkedAndReachable() throws IOException {
    StringBuilder text = new StringBuilder("Port deal signed\n\n");
    String[] towns = {"Leeds", "Hull", "York", "Derby", "Bath", "Wells", "Ripon", "Ely", "Truro", "Salford"};
    for (int i = 0; i < 24; i++) {
      String town = towns[i % towns.length];
      text.append(i % 11 == 0
              ? "The port authority of " + town + " said Halvorsen would begin work within " + (i + 2) + " weeks."
              : "Officials in " + town + " counted " + (i * 7 + 3) + " ships in the harbour during week " + i + ".")
          .append("\n\n");
    }
    Path original = TARGET.resolve("repeated-original.txt");
    Path revised = TARGET.resolve("repeated-revised.txt");
    Files.createDirectories(TARGET);
    Files.writeString(original, text.toString(), StandardCharsets.UTF_8);
    Files.writeString(revised, text.toString().replace("Halvorsen", "Halverson"), StandardCharsets.UTF_8);
    open(report("repeated-report.html", original.toString(), revised.toString()));

    List<WebElement> repeated =
        shownFindings().stream().filter(f -> !f.findElements(By.cssSelector(".times")).isEmpty()).toList();
    assertEquals(1, repeated.size(), "one finding for the name written another way three times");
    WebElement finding = repeated.get(0);
    assertEquals("×3", finding.findElement(By.cssSelector(".times")).getText().trim());
    String id = finding.getAttribute("id");
    List<WebElement> places = finding.findElements(By.cssSelector("button.place"));
    assertEquals(3, places.size());

    // The last place: both panes come to it, and every place of the change is marked current.
    finding.findElement(By.cssSelector("button.go")).click();
    js("for (const id of ['pane-original', 'pane-revised']) document.getElementById(id).scrollTop = 0;");
    places.get(2).click();
    for (String pane : List.of("pane-original", "pane-revised")) {
      assertTrue(((Number) js("return document.getElementById(arguments[0]).scrollTop", pane)).longValue() > 0,
          pane + " scrolled to the last place");
      assertTrue(inView(pane, id + "-3"), "the last place is in view in " + pane);
      long current =
          ((Number) js("return document.getElementById(arguments[0]).querySelectorAll('.hl.current').length", pane))
              .longValue();
      assertTrue(current >= 3, "all three places are marked in " + pane + ": " + current);
    }
    assertTrue(places.get(2).getAttribute("class").contains("current"));

    // Back to the first place.
    places.get(0).click();
    assertTrue(inView("pane-revised", id + "-1"), "the first place is in view");
    assertFalse(places.get(2).getAttribute("class").contains("current"));

    // Clicking the second place's mark in a pane selects the finding at that place.
    WebElement mark =
        driver.findElements(By.cssSelector("#pane-revised [data-places]")).stream()
            .filter(m -> List.of(m.getAttribute("data-places").split(" ")).contains(id + "-2"))
            .findFirst()
            .orElseThrow();
    js("arguments[0].scrollIntoView({block: 'center'})", mark);
    mark.click();
    assertTrue(finding.getAttribute("class").contains("active"));
    assertTrue(places.get(1).getAttribute("class").contains("current"), "the second place is the current one");
    Files.write(TARGET.resolve("repeated-report.png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  /** Whether a mark of the place {@code key} is within the visible part of the pane. */
  private static boolean inView(String pane, String key) {
    return (Boolean) js(
        "const pane = document.getElementById(arguments[0]);"
            + "const mark = Array.from(pane.querySelectorAll('[data-places]'))"
            + "  .find(m => m.getAttribute('data-places').split(' ').includes(arguments[1]));"
            + "if (!mark) return false;"
            + "const r = mark.getBoundingClientRect(), p = pane.getBoundingClientRect();"
            + "return r.bottom > p.top && r.top < p.bottom;",
        pane, key);
  }

  private static boolean alertShown() {
    try {
      driver.switchTo().alert();
      return true;
    } catch (NoAlertPresentException e) {
      return false;
    }
  }
}
