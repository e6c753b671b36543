package io.github.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.Lede;
import io.github.lede.LedeException;
import io.github.lede.LedeOptions;
import io.github.lede.QuerySyntaxException;
import io.github.lede.SearchTimeoutException;
import io.github.lede.reliability.SuiteReport;
import io.github.lede.model.DateUnit;
import io.github.lede.model.Highlight;
import io.github.lede.model.QuoteHit;
import io.github.lede.model.QuoteRequest;
import io.github.lede.model.QuoteResults;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.model.SortOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hostile-query suite: queries built to expand, to pass the clause limit, to nest, to be long, to hold
 * odd Unicode, to highlight long documents, to page deep and to ask for a thousand hits, run through article
 * search, quote search and the facets. Each must end in an answer or a {@link QuerySyntaxException} with a
 * position and a reason (a forged cursor in a {@link LedeException} that says so); nothing else may escape.
 * A search that runs out of time must say so. How far past the deadline searches ran is measured and
 * written as a figure, not asserted. {@code -Dlede.reliability.long=true} runs ten times the random queries
 * over a larger index.
 */
class HostileQueryTest {
  private static final boolean LONG = Boolean.getBoolean("lede.reliability.long");
  private static final Duration DEADLINE = Duration.ofMillis(250);
  private static final long SEED = 20261203L;

  private static Lede lede;
  private static final Tally tally = new Tally();

  @BeforeAll
  static void index() {
    lede = Lede.inMemory(LedeOptions.builder().searchTimeout(DEADLINE).build());
    lede.indexArticles(new HostileCorpus(SEED, LONG ? 20_000 : 6_000).articles(LONG ? 8_000 : 1_500));
  }

  @AfterAll
  static void report() {
    lede.close();
    tally.write();
  }

  /** Every query of a family, through every search path, each ending in an answer or a clear error. */
  private static void run(List<String> queries) {
    List<String> failures = new ArrayList<>();
    int n = 0;
    for (String q : queries) {
      boolean heavy = n++ % 4 == 0;
      attempt(failures, q, "search", () -> lede.search(SearchRequest.of(q)));
      attempt(failures, q, "quotes", () -> lede.quotes(QuoteRequest.of(q)));
      if (heavy) {
        attempt(failures, q, "search -n 1000 newest",
            () -> lede.search(SearchRequest.builder(q).size(1000).sort(SortOrder.NEWEST).build()));
        attempt(failures, q, "people", () -> lede.people(SearchRequest.of(q), 20));
        attempt(failures, q, "timeline", () -> lede.published(SearchRequest.of(q), DateUnit.MONTH));
      }
    }
    assertTrue(failures.isEmpty(), failures.size() + " requests ended badly:\n" + String.join("\n", failures));
  }

  private static void attempt(List<String> failures, String query, String path, Supplier<Object> request) {
    long start = System.nanoTime();
    try {
      Object result = request.get();
      long took = System.nanoTime() - start;
      String wrong = check(result);
      if (wrong != null) {
        failures.add(path + " " + shown(query) + ": " + wrong);
      }
      tally.answered(took, result);
    } catch (QuerySyntaxException e) {
      tally.refused(System.nanoTime() - start);
      if (e.position() < 0 || e.position() > query.length() || e.reason() == null || e.reason().isBlank()
          || e.reason().contains("org.apache") || e.reason().contains("Exception")) {
        failures.add(path + " " + shown(query) + ": unclear error " + e.getMessage());
      }
    } catch (SearchTimeoutException e) {
      // A count out of time is refused in one line, within the deadline as a search is.
      tally.countRefused(System.nanoTime() - start);
      if (!e.getMessage().contains("reached the time limit") || e.getMessage().lines().count() != 1) {
        failures.add(path + " " + shown(query) + ": unclear time-out " + e.getMessage());
      }
    } catch (RuntimeException e) {
      failures.add(path + " " + shown(query) + ": " + e);
    }
  }

  /** What is wrong with a result, or null. */
  private static String check(Object result) {
    if (result instanceof SearchResults r) {
      if (r.timedOut() && !r.totalIsLowerBound()) {
        return "timed out with an exact total";
      }
      for (SearchHit h : r.hits()) {
        if (h.people().size() > 100 || h.dates().size() > 100 || h.quotes().size() > 100) {
          return "a list past the limit in " + h.id();
        }
        for (List<Highlight> passages : h.highlights().values()) {
          if (passages.size() > 3 || passages.stream().anyMatch(p -> p.text().length() > 400)) {
            return "a passage past its bounds in " + h.id();
          }
        }
      }
    } else if (result instanceof QuoteResults r) {
      if (r.timedOut() && !r.totalIsLowerBound()) {
        return "timed out with an exact total";
      }
      for (QuoteHit h : r.hits()) {
        if (h.highlight().text().length() > 1000) {
          return "a quote past its bounds";
        }
      }
    }
    return null;
  }

  private static String shown(String query) {
    String q = query.length() > 80 ? query.substring(0, 80) + "..." : query;
    return "\"" + q.codePoints().mapToObj(c -> c < 32 || (c >= 0xD800 && c < 0xE000)
        ? String.format(Locale.ROOT, "\\u%04X", c) : Character.toString(c)).collect(Collectors.joining()) + "\"";
  }

  private static String words(int n, String sep) {
    return IntStream.range(0, n).mapToObj(i -> "w" + i).collect(Collectors.joining(sep));
  }

  @Test
  void expansions() {
    HostileCorpus c = new HostileCorpus(SEED, 6_000);
    List<String> q = new ArrayList<>();
    q.add(IntStream.rangeClosed('a', 'z').mapToObj(ch -> (char) ch + "*").collect(Collectors.joining(" ")));
    q.add("b* OR k* OR r* OR t* OR m*");
    q.add("headline:b* AND body:k*");
    q.add("quote:t* speaker:a*");
    q.add("?????*");
    q.add("b?*o*");
    q.add("*");
    q.add("a*b*c*d*e*f*g*h*i*j*k*l*m*n*o*p*q*r*s*t*u*v*w*x*y*z*");
    q.add("body:[a TO z]");
    q.add("headline:{b TO k}");
    for (int n : new int[] {1, 5, 12, 20, 40}) {
      q.add(IntStream.range(0, n).mapToObj(i -> c.word() + "~2").collect(Collectors.joining(" ")));
    }
    q.add(IntStream.range(0, 12).mapToObj(i -> c.word() + "~1*").collect(Collectors.joining(" ")));
    q.add("\"" + c.word() + " " + c.word() + "\"~1000");
    run(q);
  }

  @Test
  void clauseCounts() {
    List<String> q = new ArrayList<>();
    for (int n : new int[] {100, 333, 334, 342, 500, 999}) {
      q.add(words(n, " OR "));
      q.add(words(n, " "));
    }
    q.add("quote:(" + words(900, " ") + ")");
    q.add("person:(" + words(400, " ") + ")");
    q.add("speaker:(" + words(400, " OR ") + ")");
    q.add("a ".repeat(1999).strip());
    q.add(IntStream.range(0, 120).mapToObj(i -> "(w" + i + " AND NOT x" + i + ")").collect(Collectors.joining(" OR ")));
    run(q);
  }

  @Test
  void nesting() {
    List<String> q = new ArrayList<>();
    for (int depth : new int[] {1, 10, 31, 32, 33, 100, 1000}) {
      q.add("(".repeat(depth) + "market" + ")".repeat(depth));
      q.add("(".repeat(depth) + "market");
      q.add("market" + ")".repeat(depth));
      q.add("NOT (".repeat(Math.min(depth, 40)) + "market" + ")".repeat(Math.min(depth, 40)));
    }
    q.add("(((a OR b) AND (c OR (d AND (e OR f)))) NOT ((g)))");
    q.add("\"(((\" AND ))) (");
    q.add("\\(".repeat(500) + "market");
    run(q);
  }

  @Test
  void lengths() {
    List<String> q = new ArrayList<>();
    for (int len : new int[] {0, 1, 3999, 4000, 4001, 100_000}) {
      q.add("m".repeat(len));
      q.add("market ".repeat(len / 7 + 1).substring(0, len));
    }
    q.add("\"" + "market ".repeat(560) + "\"");
    q.add(" ".repeat(5000));
    run(q);
  }

  @Test
  void oddUnicode() {
    String[] odd = {"\uD800", "\uDC00", "\uDBFF\uDFFF", "\u200F", "\u202E", "\u0000", "e\u0301", "\u0301",
        "\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uFEFF", "\u0007", "\uFF47\uFF52\uFF49\uFF44",
        "\u0633\u0648\u0642", "\u5E02\u573A", "\u05E9\u05D5\u05E7", "\uFFFF", "\uFFFD", "\u2028", "\u00A0"};
    List<String> q = new ArrayList<>();
    for (String o : odd) {
      q.add(o);
      q.add("market " + o);
      q.add("\"market " + o + " opened\"");
      q.add(o + "*");
      q.add(o + "~2");
      q.add("body:" + o);
      q.add(o + ":market");
      q.add("headline:[" + o + " TO " + o + "z]");
      q.add("published:" + o);
      q.add("person:\"" + o + "\"");
    }
    run(q);
  }

  @Test
  void randomSyntax() {
    Random r = new Random(SEED);
    String[] parts = {"market", "treasurer", "AND", "OR", "NOT", "(", ")", "\"", "*", "?", "~", "~2", "^3", ":", "[",
        "]", "{", "}", "TO", "\\", "/", "+", "-", "!", "&&", "||", "headline:", "quote:", "speaker:", "person:",
        "published:", "mentions:", "2024-06", "2024-W24", "*:*", "\uD800", "\u0000", "\uD83D\uDE00", " ", " ", " "};
    List<String> q = new ArrayList<>();
    for (int i = 0; i < (LONG ? 3000 : 300); i++) {
      StringBuilder s = new StringBuilder();
      for (int k = 1 + r.nextInt(12); k > 0; k--) {
        s.append(parts[r.nextInt(parts.length)]);
      }
      q.add(s.toString());
    }
    run(q);
  }

  @Test
  void longDocumentsToHighlight() {
    run(List.of("market", "treasurer", "\"very end\"", "market OR treasurer", "market~1", "mark*", "id:long-line market",
        "\"market note\"", "2024", "opened", "caf\u00E9", "\u5E02\u573A"));
    SearchHit end = lede.search(SearchRequest.builder("treasurer").build()).hits().stream()
        .filter(h -> h.id().equals(HostileCorpus.LONG_LINE_ID)).findFirst().orElseThrow();
    Highlight passage = end.highlights().get("body").get(0);
    assertTrue(passage.text().endsWith("the treasurer resigned") && passage.truncatedBefore(), passage.toString());
    SearchHit lists = lede.search(SearchRequest.builder("id:" + HostileCorpus.MANY_LISTS_ID).build()).hits().get(0);
    assertEquals(100, lists.dates().size());
    assertTrue(lists.truncated());
  }

  @Test
  void deepPagesAndForgedCursors() {
    Set<String> seen = new HashSet<>();
    SearchRequest request = SearchRequest.builder("").size(100).sort(SortOrder.NEWEST).highlight(false).build();
    int pages = 0;
    boolean timedOut = false;
    for (String next = null; pages == 0 || next != null; pages++) {
      long start = System.nanoTime();
      SearchResults page = lede.search(request.toBuilder().after(next).build());
      tally.answered(System.nanoTime() - start, page);
      timedOut |= page.timedOut();
      page.hits().forEach(h -> seen.add(h.id()));
      next = page.next();
    }
    if (!timedOut) {
      assertEquals(lede.stats().articles(), seen.size());
    }
    List<String> forged = List.of("", "x", "YzE", "!!!", "YzF8UkVMRVZBTkNFfDF8MnwzNA", "c1|RELEVANCE|1|2|x",
        "YzF8TkVXRVNUfGFiY3wxfDA", "\uD83D\uDE00");
    for (String cursor : forged) {
      try {
        lede.search(request.toBuilder().after(cursor).build());
        tally.answered(0, null);
      } catch (LedeException e) {
        tally.refused(0);
        assertTrue(e.getMessage().contains("cursor"), e.getMessage());
      }
    }
  }

  @Test
  void aSearchOutOfTimeSaysSo() {
    try (Lede quick = Lede.inMemory(LedeOptions.builder().searchTimeout(Duration.ofNanos(1)).build())) {
      quick.indexArticles(new HostileCorpus(SEED, 2_000).articles(300));
      for (String q : List.of("market", "b* k* r*", "market~2", "")) {
        SearchResults r = quick.search(SearchRequest.builder(q).size(1000).build());
        assertTrue(r.timedOut() && r.totalIsLowerBound(), q);
        assertTrue(quick.quotes(QuoteRequest.of(q)).timedOut(), q);
      }
    }
  }

  /** What the suite saw, over every test method, written as the suite's figures. */
  private static final class Tally {
    private int answered;
    private int refused;
    private int timedOut;
    private int countsOutOfTime;
    private int overWithoutFlag;
    private long worstOverrun;
    private long slowest;

    synchronized void answered(long nanos, Object result) {
      answered++;
      boolean flagged = result instanceof SearchResults s && s.timedOut() || result instanceof QuoteResults q && q.timedOut();
      timedOut += flagged ? 1 : 0;
      if (result instanceof SearchResults || result instanceof QuoteResults) {
        overWithoutFlag += !flagged && nanos > DEADLINE.toNanos() ? 1 : 0;
      }
      track(nanos);
    }

    synchronized void refused(long nanos) {
      refused++;
      track(nanos);
    }

    synchronized void countRefused(long nanos) {
      countsOutOfTime++;
      track(nanos);
    }

    private void track(long nanos) {
      slowest = Math.max(slowest, nanos);
      worstOverrun = Math.max(worstOverrun, nanos - DEADLINE.toNanos());
    }

    void write() {
      SuiteReport.of("hostile-queries", "hostile queries", 30,
              "Every query, through article search, quote search and the facets, ends in an answer or a clear error"
                  + " with its position; a search that runs out of time returns what it found, flagged as timed out,"
                  + " and a count that does is refused in one line, within its deadline and a small overrun.")
          .figure("requests tried", SuiteReport.count(answered + refused + countsOutOfTime))
          .figure("answered", SuiteReport.count(answered))
          .figure("refused with a clear error", SuiteReport.count(refused))
          .figure("stopped at the deadline and flagged timed out", SuiteReport.count(timedOut))
          .figure("counts refused at the deadline (never shown partial)", SuiteReport.count(countsOutOfTime))
          .figure("deadline", DEADLINE.toMillis() + " ms")
          .figure("worst overrun past the deadline", SuiteReport.seconds(Math.max(0, worstOverrun)))
          .figure("slowest request", SuiteReport.seconds(slowest))
          .figure("past the deadline without the flag (finished, then slowed outside the clock)",
              SuiteReport.count(overWithoutFlag))
          .write();
    }
  }
}
