package io.github.lede.cli;

import io.github.lede.Lede;
import io.github.lede.model.Highlight;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.model.SortOrder;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", description = {
    "Search the index. QUERY uses Lucene's syntax: AND OR NOT, \"phrases\", \"near words\"~5, prefix*, fuzzy~,",
    "(groups), and fields headline: dek: body: caption: person: quote: speaker: source: author: dateline: published:",
    "mentions:. Quote fields grouped with AND describe one quote: speaker:\"Jenny Town\" AND quote:trade.",
    "Dates: published:2024-06, published:[2024-06-01 TO 2024-06-30], mentions:2024-01."})
final class SearchCommand implements Callable<Integer>, JsonCommand {
  @Mixin IndexOption index;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The query (words are joined); none matches all.")
  List<String> query = new ArrayList<>();

  @Option(names = "--json", description = "Print the results as one JSON object.")
  boolean json;

  @Option(names = {"-n", "--size"}, paramLabel = "N", defaultValue = "10", description = "Hits per page (default 10).")
  int size;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
      description = "relevance (default), newest or oldest.")
  String sort;

  @Option(names = "--after", paramLabel = "CURSOR", description = "The next page: the cursor the previous page printed.")
  String after;

  @Mixin FilterOptions filters;

  @Option(names = "--passages", paramLabel = "N", defaultValue = "3", description = "Highlight passages per field (default 3).")
  int passages;

  @Option(names = "--no-highlight", description = "Skip highlighting.")
  boolean noHighlight;

  @Option(names = "--exact-total", description = "Count all matches exactly instead of stopping at a lower bound.")
  boolean exactTotal;

  @Option(names = "--collapse",
      description = "Fold near duplicates (wire copy republished with small edits) into the best-ranked of them.")
  boolean collapse;

  @Option(names = "--explain", description = "Show why each hit scored as it did: fields, terms, boosts, BM25's parts.")
  boolean explain;

  @Option(names = "--recent", paramLabel = "HALF-LIFE", description = {
      "Boost newer articles: one this much older than the newest article gains half the boost (30d, 2w, 6m, 1y).",
      "Counted from the newest article's day, or from --recent-from."})
  String recent;

  @Option(names = "--recent-from", paramLabel = "DAY", description = "The day --recent counts back from (default:"
      + " the newest article's publication day), e.g. today's date for a live feed.")
  String recentFrom;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    SearchRequest request = request();
    SearchResults results;
    try (Lede lede = index.openReadOnly()) {
      results = lede.search(request);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.results(results));
    } else {
      print(out, request.query(), results, Terminal.isInteractive());
    }
    return 0;
  }

  @Override
  public Answer answer(Lede lede) {
    SearchResults results = lede.search(request());
    return new Answer(Json.results(results), results.timedOut());
  }

  private SearchRequest request() {
    SearchRequest.Builder b = filters.apply(SearchRequest.builder(String.join(" ", query)))
        .size(size)
        .sort(sortOrder())
        .after(after)
        .passages(passages)
        .highlight(!noHighlight)
        .exactTotal(exactTotal)
        .collapse(collapse)
        .explain(explain);
    try {
      if (recent != null) {
        b.recency(HalfLife.parse(recent), recentFrom == null ? null : HalfLife.day(recentFrom));
      } else if (recentFrom != null) {
        throw new IllegalArgumentException("--recent-from needs --recent");
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private SortOrder sortOrder() {
    try {
      return SortOrder.valueOf(sort.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--sort must be relevance, newest or oldest, not " + sort);
    }
  }

  /** Each distinct date as its text and value: "last week (2024-W24), January 2024 (2024-01)". */
  private static String dates(SearchHit h) {
    java.util.LinkedHashSet<String> seen = new java.util.LinkedHashSet<>();
    for (io.github.lede.model.DateMention d : h.dates()) {
      seen.add(d.value() == null ? d.text() : d.text() + " (" + d.value() + ")");
    }
    return String.join(", ", seen);
  }

  /** The ids folded into a hit, the first few: "also as: id1, id2, id3 (+4)". */
  static String alsoAs(List<String> ids) {
    int shown = Math.min(ids.size(), 3);
    return "also as: " + String.join(", ", ids.subList(0, shown))
        + (ids.size() > shown ? " (+" + (ids.size() - shown) + ")" : "");
  }

  /** Said under the count when a search ran out of time. */
  static final String TIMED_OUT = "(the search reached its time limit: these are the results found by then;"
      + " some may lack highlights)";

  /** Results that answer no typed query (related stories): they never carry a suggestion. */
  static void print(PrintWriter out, SearchResults r, boolean bold) {
    print(out, null, r, bold);
  }

  static void print(PrintWriter out, String query, SearchResults r, boolean bold) {
    if (r.total() == 0 && r.suggestion() != null) {
      out.println("No results for '" + query + "'. Did you mean '" + r.suggestion() + "'?");
      return;
    }
    out.printf("%s%d article%s%n", r.totalIsLowerBound() ? "at least " : "", r.total(), r.total() == 1 ? "" : "s");
    if (r.timedOut()) {
      out.println(TIMED_OUT);
    }
    int rank = 0;
    for (SearchHit h : r.hits()) {
      rank++;
      out.println();
      out.printf("%d. %s%n", rank, h.headline());
      List<String> meta = new ArrayList<>();
      if (h.published() != null) {
        meta.add(h.published().toString());
      }
      if (h.source() != null) {
        meta.add(h.source());
      }
      if (!Float.isNaN(h.score())) {
        meta.add(String.format(Locale.ROOT, "score %.3f", h.score()));
      }
      meta.add("id " + h.id());
      out.println("   " + String.join(" · ", meta));
      if (!h.people().isEmpty()) {
        out.println("   people: " + String.join(", ", h.people()));
      }
      if (!h.duplicates().isEmpty()) {
        out.println("   " + alsoAs(h.duplicates()));
      }
      if (h.truncated()) {
        out.println("   (some of its lists are cut short here; lede show " + h.id() + " has them all)");
      }
      if (!h.dates().isEmpty()) {
        out.println("   dates: " + dates(h));
      }
      for (io.github.lede.model.MatchedQuote q : h.quotes()) {
        String text = bold ? q.highlight().render(Terminal.BOLD, Terminal.RESET) : q.highlight().render("[", "]");
        out.println("   quote: \u201c" + text + "\u201d" + (q.speaker() == null ? "" : " (" + q.speaker() + ")"));
      }
      for (Map.Entry<String, List<Highlight>> e : h.highlights().entrySet()) {
        for (Highlight hl : e.getValue()) {
          String text = bold ? hl.render(Terminal.BOLD, Terminal.RESET) : hl.render("[", "]");
          out.println("   " + e.getKey() + ": " + text);
        }
      }
      if (h.explanation() != null) {
        out.println("   why this score:");
        out.print(h.explanation().render().indent(5));
      }
    }
    if (r.suggestion() != null) {
      out.println();
      out.println("Did you mean '" + r.suggestion() + "'?");
    }
    if (r.next() != null) {
      out.println();
      out.println("more: add --after " + r.next());
    }
  }
}
