package io.github.lede.cli;

import io.github.lede.Lede;
import io.github.lede.model.DateRange;
import io.github.lede.model.DateUnit;
import io.github.lede.model.FacetCount;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "timeline",
    description = {
      "How many articles matching QUERY (all without one) were published each year, month or day;",
      "with --dates mentions, how many talk about each period, over the periods they were published in."})
final class TimelineCommand implements Callable<Integer>, JsonCommand {
  /**
   * The most periods a timeline of mentioned dates counts: it runs one count per period (the store counts
   * mentioned dates only as a filter), so a day-by-day timeline of decades is refused rather than run.
   */
  static final int MAX_MENTION_PERIODS = 400;

  @Mixin IndexOption index;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "A query, as for lede search.")
  List<String> query = new ArrayList<>();

  @Option(names = "--by", paramLabel = "UNIT", defaultValue = "month",
      description = "year, month or day (default month).")
  String by;

  @Option(names = "--dates", paramLabel = "WHICH", defaultValue = "published",
      description = "published (default): when the articles were published; mentions: the dates they talk about.")
  String dates;

  @Mixin FilterOptions filters;

  @Option(names = "--json", description = "Print [{\"period\",\"articles\"}].")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    SearchRequest request = request();
    Answer answer;
    List<FacetCount> periods = new ArrayList<>();
    try (Lede lede = index.openReadOnly()) {
      answer = count(lede, request, periods);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(answer.json());
      return 0;
    }
    for (FacetCount f : periods) {
      out.printf("%-10s  %6d%n", f.value(), f.articles());
    }
    if (answer.timedOut()) {
      out.println(SearchCommand.TIMED_OUT);
    }
    return 0;
  }

  @Override
  public Answer answer(Lede lede) {
    return count(lede, request(), new ArrayList<>());
  }

  private SearchRequest request() {
    unit();
    mentions();
    try {
      return filters.apply(SearchRequest.builder(String.join(" ", query))).build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** Counts into {@code periods} and answers with their JSON. */
  private Answer count(Lede lede, SearchRequest request, List<FacetCount> periods) {
    List<FacetCount> published = lede.published(request, unit());
    boolean timedOut = false;
    if (!mentions()) {
      periods.addAll(published);
    } else if (!published.isEmpty()) {
      timedOut = mentioned(lede, request, published, periods);
    }
    return new Answer(Json.counts(periods, "period"), timedOut);
  }

  /**
   * For each period from the first to the last the matching articles were published in, how many of them
   * talk about a day of it: one exact count per period, the request narrowed to those mentioning it (and
   * still to the request's own --mentions range). True when a count ran out of time (a lower bound then).
   */
  private boolean mentioned(Lede lede, SearchRequest request, List<FacetCount> published, List<FacetCount> out) {
    List<String> span = periods(published.get(0).value(), published.get(published.size() - 1).value());
    if (span.size() > MAX_MENTION_PERIODS) {
      throw new ParameterException(spec.commandLine(), "a timeline of mentioned dates counts at most "
          + MAX_MENTION_PERIODS + " periods, and these articles span more than that many "
          + by.toLowerCase(Locale.ROOT) + "s: count by a longer unit (--by year) or narrow the query");
    }
    boolean timedOut = false;
    for (String period : span) {
      DateRange days = within(DateRange.parse(period), request.mentions());
      if (days == null) {
        continue;
      }
      SearchResults r = lede.search(request.toBuilder().mentions(days).size(1).highlight(false).exactTotal(true).build());
      timedOut |= r.timedOut();
      if (r.total() > 0) {
        out.add(new FacetCount(period, r.total()));
      }
    }
    return timedOut;
  }

  /** The days of a period that also lie in a range (null: no range), or null when none do. */
  private static DateRange within(DateRange period, DateRange range) {
    if (range == null) {
      return period;
    }
    LocalDate from = range.from() == null || range.from().isBefore(period.from()) ? period.from() : range.from();
    LocalDate to = range.to() == null || range.to().isAfter(period.to()) ? period.to() : range.to();
    return to.isBefore(from) ? null : new DateRange(from, to);
  }

  /** Every period from first to last, named as the publication timeline names them. */
  private List<String> periods(String first, String last) {
    List<String> out = new ArrayList<>();
    switch (unit()) {
      case YEAR -> {
        for (int y = Integer.parseInt(first); y <= Integer.parseInt(last) && out.size() <= MAX_MENTION_PERIODS; y++) {
          out.add(String.format(Locale.ROOT, "%04d", y));
        }
      }
      case MONTH -> {
        for (YearMonth m = YearMonth.parse(first); !m.isAfter(YearMonth.parse(last)) && out.size() <= MAX_MENTION_PERIODS;
            m = m.plusMonths(1)) {
          out.add(m.toString());
        }
      }
      case DAY -> {
        for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)) && out.size() <= MAX_MENTION_PERIODS;
            d = d.plusDays(1)) {
          out.add(d.toString());
        }
      }
    }
    return out;
  }

  private DateUnit unit() {
    return switch (by.toLowerCase(Locale.ROOT)) {
      case "year" -> DateUnit.YEAR;
      case "month" -> DateUnit.MONTH;
      case "day" -> DateUnit.DAY;
      default -> throw new ParameterException(spec.commandLine(), "--by must be year, month or day, not '" + by + "'");
    };
  }

  private boolean mentions() {
    return switch (dates.toLowerCase(Locale.ROOT)) {
      case "published" -> false;
      case "mentions" -> true;
      default -> throw new ParameterException(spec.commandLine(),
          "--dates must be published or mentions, not '" + dates + "'");
    };
  }
}
