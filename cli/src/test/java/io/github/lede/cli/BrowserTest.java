package io.github.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.model.Article;
import io.github.lede.model.QuoteRequest;
import io.github.lede.model.SearchRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The page of lede serve in a real browser: one server and one headless Chromium for the class, each test
 * a view a person would use, each saving a screenshot under target/screenshots. Skipped where Chromium and
 * its driver are not installed; CI installs them.
 */
class BrowserTest {
  private static final String ABUJA = "index-fixtures/wire/abuja-grid-collapse-reuters.txt";

  @TempDir static Path dir;
  static ServedIndex served;
  static Browser browser;

  @BeforeAll
  static void start() {
    String missing = "no Chromium here (" + Browser.CHROMIUM + ", " + Browser.CHROMEDRIVER + "): apt-get install"
        + " chromium chromium-driver";
    // CI installs it (.ci/run): there a missing browser is a failure, not a reason to skip.
    if (!Browser.installed() && "true".equals(System.getenv("CI"))) {
      throw new AssertionError(missing);
    }
    Assumptions.assumeTrue(Browser.installed(), missing);
    served = ServedIndex.start(dir);
    browser = new Browser(dir.resolve("profile"));
  }

  @AfterAll
  static void stop() {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      if (served != null) {
        served.close();
      }
    }
  }

  /** After each test: nothing the index holds ran as script in the page. */
  @AfterEach
  void nothingRan() {
    assertEquals(Boolean.TRUE, browser.js("return window." + ServedIndex.PWNED + " === undefined;"));
  }

  static String page(String hash) {
    return served.url("/") + hash;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Types into the query box and submits with Enter, as a person would. */
  static void query(String q) {
    WebElement box = browser.find("#q");
    box.clear();
    browser.act(() -> box.sendKeys(q, Keys.ENTER));
  }

  static String total() {
    return browser.find(".total").getText();
  }

  @Test
  void aQueryShowsItsHitsWithTheMatchesMarked() {
    browser.open(page("#/search"));
    query("grid");
    assertEquals("2 articles", total());
    assertEquals(2, browser.all(".hit").size());
    List<String> marks = browser.texts(".hit mark");
    assertTrue(marks.size() >= 4, marks.toString());
    for (String m : marks) {
      assertEquals("grid", m.toLowerCase(Locale.ROOT), marks.toString());
    }
    assertTrue(browser.find(".hit h2 a").getText().startsWith("Nigeria's national grid collapses"));
    browser.screenshot("search");
  }

  @Test
  void aFacetNarrowsTheResultsAndAClickRemovesIt() {
    browser.open(page("#/search"));
    assertEquals(ServedIndex.ARTICLES + " articles", total());
    WebElement source = browser.find("button.facet-value[data-facet='source']");
    String name = source.findElement(org.openqa.selenium.By.cssSelector(".name")).getText();
    long count = Long.parseLong(source.findElement(org.openqa.selenium.By.cssSelector(".count")).getText());
    browser.act(source::click);
    assertEquals(count + (count == 1 ? " article" : " articles"), total());
    assertEquals(served.lede.search(SearchRequest.builder("").source(name).exactTotal(true).build()).total(), count);
    assertEquals("true", browser.find("button.facet-value[data-facet='source']").getAttribute("aria-pressed"));
    for (String meta : browser.texts(".hit .meta")) {
      assertTrue(meta.contains(name), meta);
    }
    WebElement person = browser.find("button.facet-value[data-facet='person']");
    long people = Long.parseLong(person.findElement(org.openqa.selenium.By.cssSelector(".count")).getText());
    browser.act(person::click);
    assertEquals(people + (people == 1 ? " article" : " articles"), total());
    assertEquals(2, browser.all("button.chip").size());
    browser.screenshot("facets");
    browser.act(() -> browser.find("button.chip[data-filter='source']").click());
    browser.act(() -> browser.find("button.chip[data-filter='person']").click());
    assertEquals(ServedIndex.ARTICLES + " articles", total());
    assertTrue(browser.all("button.chip").isEmpty());
  }

  @Test
  void aTimelineBarFiltersToItsMonthWithEmptyMonthsDrawn() {
    browser.open(page("#/search?q=" + enc("power OR korea OR harbour")));
    List<WebElement> bars = browser.all("rect.bar.published");
    assertFalse(bars.isEmpty());
    List<String> months = bars.stream().map(b -> b.getAttribute("data-month")).toList();
    int span = monthsBetween(months.get(0), months.get(months.size() - 1));
    assertEquals(span, browser.all("rect.slot").size(), "every month from the first to the last has its slot");
    assertTrue(span > bars.size(), "some months are empty, and drawn: " + months);
    WebElement bar = bars.get(bars.size() - 1);
    String month = bar.getAttribute("data-month");
    long n = Long.parseLong(bar.getAttribute("aria-label").split(" ")[0]);
    browser.act(bar::click);
    assertTrue(browser.driver.getCurrentUrl().contains("published=" + month), browser.driver.getCurrentUrl());
    assertEquals(n + (n == 1 ? " article" : " articles"), total());
    for (String meta : browser.texts(".hit .meta")) {
      assertTrue(meta.startsWith(month), meta);
    }
    assertEquals("true", browser.find("rect.bar.published[data-month='" + month + "']").getAttribute("aria-pressed"));
    browser.screenshot("timeline");
    // A bar of the dates talked about, by keyboard: it replaces no other filter of its own kind but its own.
    WebElement talked = browser.all("rect.bar.mentions").get(0);
    String talkedMonth = talked.getAttribute("data-month");
    browser.act(() -> talked.sendKeys(Keys.ENTER));
    assertTrue(browser.driver.getCurrentUrl().contains("mentions=" + talkedMonth), browser.driver.getCurrentUrl());
    assertEquals(2, browser.all("button.chip").size());
  }

  private static int monthsBetween(String first, String last) {
    java.time.YearMonth a = java.time.YearMonth.parse(first);
    java.time.YearMonth b = java.time.YearMonth.parse(last);
    return (int) java.time.temporal.ChronoUnit.MONTHS.between(a, b) + 1;
  }

  @Test
  void anArticleShowsItsPeopleQuotesAndDatesMarkedInline() {
    browser.open(page("#/search"));
    query("grid");
    browser.act(() -> browser.find(".hit h2 a").click());
    Article a = served.lede.get(ABUJA).orElseThrow();
    assertEquals(a.headline(), browser.find(".article-view h1").getText());
    Set<String> people = new LinkedHashSet<>(browser.all("mark.person").stream()
        .map(m -> m.getAttribute("title").split(",")[0]).toList());
    assertTrue(people.containsAll(a.personNames()), people + " vs " + a.personNames());
    assertTrue(browser.texts(".text mark.person.speaker").contains("Olawale"), browser.texts(".text mark.person.speaker").toString());
    assertEquals(a.quotes().size(), browser.all(".text .quote").size());
    List<String> saidBy = browser.texts(".text .said-by").stream().map(String::strip).toList();
    assertTrue(saidBy.contains("— Babatunde Olawale"), saidBy.toString());
    assertEquals(a.dates().size(), browser.all(".text mark.date").size());
    assertEquals(4, browser.all(".legend li").size());
    assertTrue(browser.find(".extracted dl").getText().contains("Reuters"));
    browser.screenshot("article");
  }

  @Test
  void pagesGoForwardAndBack() {
    browser.open(page("#/search?sort=newest"));
    List<List<String>> pages = new ArrayList<>();
    pages.add(hitLinks());
    while (browser.find("button.next").isEnabled()) {
      browser.act(() -> browser.find("button.next").click());
      pages.add(hitLinks());
      assertEquals("Page " + pages.size(), browser.find(".pager .page").getText());
    }
    Set<String> seen = new LinkedHashSet<>();
    pages.forEach(seen::addAll);
    assertEquals(ServedIndex.ARTICLES, seen.size(), "each article on one page and one only");
    assertEquals((ServedIndex.ARTICLES + 9) / 10, pages.size(), "ten a page");
    browser.screenshot("paging");
    for (int p = pages.size() - 2; p >= 0; p--) {
      browser.act(() -> browser.find("button.prev").click());
      assertEquals(pages.get(p), hitLinks(), "page " + (p + 1) + " again");
    }
    assertFalse(browser.find("button.prev").isEnabled());
  }

  private static List<String> hitLinks() {
    return browser.all(".hit h2 a").stream().map(e -> e.getAttribute("href")).toList();
  }

  @Test
  void aBadQueryShowsItsErrorAtItsPosition() {
    browser.open(page("#/search"));
    query("grid AND ) power");
    assertEquals("error", browser.state());
    WebElement error = browser.find("#query-error");
    assertTrue(error.isDisplayed());
    assertTrue(browser.find("#query-error .reason").getText().startsWith("Bad query at position 9: "),
        browser.find("#query-error .reason").getText());
    assertEquals(")", browser.find("#query-error mark.error-at").getText());
    assertEquals("true", browser.find("#q").getAttribute("aria-invalid"));
    assertEquals(9L, browser.js("return document.getElementById('q').selectionStart;"));
    browser.screenshot("bad-query");
    query("grid");
    assertFalse(browser.find("#query-error").isDisplayed());
  }

  @Test
  void theQuotesViewListsASpeakersQuotesNewestFirst() {
    browser.open(page("#/quotes"));
    WebElement by = browser.find("#by");
    by.clear();
    browser.act(() -> by.sendKeys("Babatunde Olawale", Keys.ENTER));
    long expected = served.lede.quotes(QuoteRequest.builder("").speaker("Babatunde Olawale").build()).total();
    assertTrue(expected > 0);
    assertEquals(expected, browser.all(".quote-hit").size());
    for (String speaker : browser.texts(".quote-hit .speaker-link")) {
      assertEquals("Babatunde Olawale", speaker);
    }
    browser.screenshot("quotes");
  }

  @Test
  void theKeyboardAloneReachesAQueryAndAnArticle() {
    browser.open(page("#/search"));
    browser.find("body").sendKeys("/");
    assertEquals("q", browser.driver.switchTo().activeElement().getAttribute("id"));
    browser.act(() -> browser.driver.switchTo().activeElement().sendKeys("grid", Keys.ENTER));
    for (int tabs = 0; tabs < 40 && !focused().matches("hit-link"); tabs++) {
      browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
    }
    assertEquals("hit-link", focused());
    browser.act(() -> browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER));
    assertFalse(browser.all(".article-view").isEmpty());
  }

  private static String focused() {
    return (String) browser.js("var e = document.activeElement; return e && e.matches('.hit h2 a') ? 'hit-link'"
        + " : (e ? e.tagName : '');");
  }

  @Test
  void onAPhoneSizedScreenNothingRunsOffTheSide() {
    Dimension before = browser.driver.manage().window().getSize();
    try {
      browser.driver.manage().window().setSize(new Dimension(390, 844));
      browser.open(page("#/search?q=grid"));
      assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth;"));
      browser.screenshot("search-phone");
      browser.open(page("#/article?id=" + enc(ABUJA)));
      assertEquals(Boolean.TRUE, browser.js("return document.documentElement.scrollWidth <= window.innerWidth;"));
      browser.screenshot("article-phone");
    } finally {
      browser.driver.manage().window().setSize(before);
    }
  }

  @Test
  void markupAndScriptInAnArticleAreShownAsTextAndRunNothing() {
    browser.open(page("#/search"));
    query("harbour dredge");
    String hit = browser.find(".hit").getText();
    // Passages are the sentences that match, so the hit shows pieces of the text: markup, as text.
    assertTrue(hit.contains("Harbour board <img src=x onerror=\"window."), hit);
    assertTrue(hit.contains("__pwned=1</script> dredge"), hit);
    assertTrue(hit.contains("<b onmouseover=\"window.__pwned=1\">Quay Post</b>"), hit);
    noMarkupFromTheIndex();
    browser.act(() -> browser.find(".hit h2 a").click());
    assertEquals("Harbour board <img src=x onerror=\"window.__pwned=1\"> meets", browser.find(".article-view h1").getText());
    String body = browser.find(".article-view .body").getText();
    assertTrue(body.contains("<script>window.__pwned=1</script>"), body);
    assertTrue(body.contains("<a href=\"javascript:window.__pwned=1\">click here</a>"), body);
    assertTrue(browser.find(".extracted").getText().contains("javascript:window.__pwned=1"));
    assertTrue(browser.find(".extracted").getText().contains("<b onmouseover=\"window.__pwned=1\">Quay Post</b>"));
    noMarkupFromTheIndex();
    browser.screenshot("hostile-article");
    browser.open(page("#/quotes?q=dredge"));
    assertTrue(browser.find(".quote-hit").getText().contains("<script>"));
    noMarkupFromTheIndex();
    query("<img src=x onerror=window.__pwned=1>");
    noMarkupFromTheIndex();
  }

  /** No element the index's text could have made: no image, no script but the page's, no javascript: link. */
  private static void noMarkupFromTheIndex() {
    assertTrue(browser.all("main img, main script, main b, main iframe, header img").isEmpty());
    assertEquals(1, browser.all("script").size());
    assertTrue(browser.all("a[href^='javascript'], a[href^='JAVASCRIPT'], [onerror], [onmouseover]").isEmpty());
    assertEquals(Boolean.TRUE, browser.js("return window." + ServedIndex.PWNED + " === undefined;"));
  }
}
