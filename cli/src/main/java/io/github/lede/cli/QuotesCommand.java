package io.github.lede.cli;

import io.github.lede.Lede;
import io.github.lede.model.DateRange;
import io.github.lede.model.QuoteHit;
import io.github.lede.model.QuoteRequest;
import io.github.lede.model.QuoteResults;
import io.github.lede.model.SortOrder;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "quotes", description = {
    "Search quotes: each hit is one quote with its speaker and its article's id, headline and date.",
    "QUERY searches the quote's words (Lucene syntax); speaker: and article fields (person:, headline:) work too."})
final class QuotesCommand implements Callable<Integer>, JsonCommand {
  @Mixin IndexOption index;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words of the quote (joined); none matches all.")
  List<String> query = new ArrayList<>();

  @Option(names = "--by", paramLabel = "NAME",
      description = "Only quotes by this speaker: a canonical name or a source as written, or words of it (repeat for any of several).")
  List<String> speakers = new ArrayList<>();

  @Option(names = "--from", paramLabel = "DATE",
      description = "Only quotes from articles published on or after this day, or from the start of this week, month, quarter or year (2024-06).")
  String from;

  @Option(names = "--to", paramLabel = "DATE",
      description = "Only quotes from articles published on or before this day, or by the end of this week, month, quarter or year.")
  String to;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
      description = "relevance (default), newest or oldest.")
  String sort;

  @Option(names = {"-n", "--size"}, paramLabel = "N", defaultValue = "10", description = "Quotes per page (default 10).")
  int size;

  @Option(names = "--after", paramLabel = "CURSOR", description = "The next page: the cursor the previous page printed.")
  String after;

  @Option(names = "--json", description = "Print the results as one JSON object.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    QuoteRequest request = request();
    QuoteResults results;
    try (Lede lede = index.openReadOnly()) {
      results = lede.quotes(request);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.quotes(results));
    } else {
      print(out, results, Terminal.isInteractive());
    }
    return 0;
  }

  @Override
  public Answer answer(Lede lede) {
    QuoteResults results = lede.quotes(request());
    return new Answer(Json.quotes(results), results.timedOut());
  }

  private QuoteRequest request() {
    QuoteRequest.Builder b = QuoteRequest.builder(String.join(" ", query)).size(size).after(after);
    speakers.forEach(b::speaker);
    try {
      b.sort(SortOrder.valueOf(sort.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw usage("--sort must be relevance, newest or oldest, not " + sort);
    }
    if (from != null || to != null) {
      try {
        b.published(DateRange.parse((from == null ? "" : from) + ".." + (to == null ? "" : to)));
      } catch (IllegalArgumentException e) {
        throw usage("--from/--to: " + e.getMessage());
      }
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private picocli.CommandLine.ParameterException usage(String message) {
    return new picocli.CommandLine.ParameterException(spec.commandLine(), message);
  }

  /** The speaker as written, after the name, when it says more than the name: ", Rep. ... (D-S.C.), ...". */
  private static String described(QuoteHit h) {
    String w = h.speakerAsWritten();
    return w == null || h.speaker().toLowerCase(Locale.ROOT).contains(w.toLowerCase(Locale.ROOT)) ? ""
        : " (\"" + w + "\")";
  }

  static void print(PrintWriter out, QuoteResults r, boolean bold) {
    out.printf("%s%d quote%s%n", r.totalIsLowerBound() ? "at least " : "", r.total(), r.total() == 1 ? "" : "s");
    if (r.timedOut()) {
      out.println(SearchCommand.TIMED_OUT);
    }
    int rank = 0;
    for (QuoteHit h : r.hits()) {
      rank++;
      out.println();
      String text = bold ? h.highlight().render(Terminal.BOLD, Terminal.RESET) : h.highlight().render("[", "]");
      out.printf("%d. \"%s\"%n", rank, text.replace("\n\n", " ¶ "));
      out.printf("   — %s%n", h.speaker() == null ? "(speaker unknown)" : h.speaker() + described(h));
      List<String> meta = new ArrayList<>();
      if (h.published() != null) {
        meta.add(h.published().toString());
      }
      if (h.source() != null) {
        meta.add(h.source());
      }
      meta.add("id " + h.articleId());
      out.println("   " + h.headline() + " (" + String.join(" · ", meta) + ")");
    }
    if (r.next() != null) {
      out.println();
      out.println("more: add --after " + r.next());
    }
  }
}
