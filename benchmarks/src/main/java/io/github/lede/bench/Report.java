package io.github.lede.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.lede.json.JsonTree;
import io.github.lede.model.RawArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON results (and the heap probe's line) into the Markdown tables of RESULTS.md: every figure
 * comes from the files, none is typed. Usage: {@code Report RESULTS.json HEAP.json OUT.md}.
 */
public final class Report {
  private static final double TARGET_RATIO = 1.10;

  private Report() {}

  public static void main(String[] args) throws IOException {
    List<Map<?, ?>> results = new ArrayList<>();
    for (Object o : (List<?>) readJson(Path.of(args[0]))) {
      results.add((Map<?, ?>) o);
    }
    // No heap figure when the probe did not run (a partial suite) or failed (an empty file).
    Path heapFile = Path.of(args[1]);
    Map<?, ?> heap = Files.exists(heapFile) && Files.size(heapFile) > 0 ? (Map<?, ?>) readJson(heapFile) : null;
    StringBuilder md = new StringBuilder();
    header(md, results);
    queryTable(md, results);
    rankingTable(md, results);
    throughputTable(md, results);
    indexingTable(md, results, heap);
    htmlTable(md, results);
    otherTable(md, results);
    String text = md.toString();
    Files.writeString(Path.of(args[2]), text, StandardCharsets.UTF_8);
    System.out.print(text);
  }

  private static void header(StringBuilder md, List<Map<?, ?>> results) {
    Map<?, ?> any = results.isEmpty() ? Map.of() : results.get(0);
    md.append("Run on ").append(LocalDate.now()).append(" with JDK ").append(any.get("jdkVersion"))
        .append(" (").append(any.get("vmName")).append("), ").append(Runtime.getRuntime().availableProcessors())
        .append(" cores; corpus: ").append(Corpus.load().description()).append("; query index: ")
        .append(BenchIndex.size()).append(" articles.\n\n");
  }

  private static void queryTable(StringBuilder md, List<Map<?, ?>> results) {
    StringBuilder rows = new StringBuilder();
    for (Map<?, ?> r : results) {
      String bench = (String) r.get("benchmark");
      if (!bench.endsWith("QueryBenchmark.pair")) {
        continue;
      }
      Map<?, ?> params = (Map<?, ?>) r.get("params");
      boolean highlighted = Boolean.parseBoolean((String) params.get("highlight"));
      if (highlighted && "facet".equals(params.get("query"))) {
        continue; // facet counts have nothing to highlight: the twin repeats the plain case
      }
      String name = params.get("query") + (highlighted ? " + highlight" : "");
      double pairs = score(r);
      double lede = secondary(r, "lede");
      double baseline = secondary(r, "baseline");
      double ratio = lede / baseline;
      rows.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f | %s |%n", name, lede / pairs / 1000,
          baseline / pairs / 1000, ratio, ratio <= TARGET_RATIO ? "met" : "not met"));
    }
    if (rows.length() > 0) {
      md.append("### Query path (top 10, microseconds per search, lede and baseline alternating in one process)\n\n")
          .append("| case | lede | baseline | lede/baseline | target <= 1.10 |\n|---|---:|---:|---:|---|\n")
          .append(rows).append('\n');
    }
  }

  /** The new default ranking's query against the old one, both on raw Lucene, alternating in one loop. */
  private static void rankingTable(StringBuilder md, List<Map<?, ?>> results) {
    StringBuilder rows = new StringBuilder();
    for (Map<?, ?> r : results) {
      if (!((String) r.get("benchmark")).endsWith("RankingCostBenchmark.pair")) {
        continue;
      }
      Map<?, ?> params = (Map<?, ?>) r.get("params");
      String name = params.get("query") + (Boolean.parseBoolean((String) params.get("highlight")) ? " + highlight" : "");
      double pairs = score(r);
      double now = secondary(r, "lede");
      double before = secondary(r, "baseline");
      rows.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f |%n", name, now / pairs / 1000,
          before / pairs / 1000, now / before));
    }
    if (rows.length() > 0) {
      md.append("### Ranking: the new default query against the old one (raw Lucene, top 10, microseconds per ")
          .append("search, alternating in one process)\n\n")
          .append("| case | new default | old default | new/old |\n|---|---:|---:|---:|\n")
          .append(rows).append('\n');
    }
  }

  /** A secondary counter's score (JMH reports OPERATIONS counters per second). */
  private static double secondary(Map<?, ?> r, String name) {
    Map<?, ?> secondary = (Map<?, ?>) r.get("secondaryMetrics");
    return ((Number) ((Map<?, ?>) secondary.get(name)).get("score")).doubleValue();
  }

  /**
   * Each operation is one search per side on every thread; a side's rate is the threads' searches over the
   * time its searches took, so it reads as the searches per second that side alone would serve.
   */
  private static void throughputTable(StringBuilder md, List<Map<?, ?>> results) {
    StringBuilder rows = new StringBuilder();
    for (Map<?, ?> r : results) {
      String bench = (String) r.get("benchmark");
      if (bench.contains("ThroughputBenchmark.")) {
        int threads = ((Number) r.get("threads")).intValue();
        double pairs = score(r);
        double lede = threads * pairs / (secondary(r, "lede") / 1e9);
        double lucene = threads * pairs / (secondary(r, "lucene") / 1e9);
        rows.append(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %.2f |%n", threads, lede, lucene, lede / lucene));
      }
    }
    if (rows.length() > 0) {
      md.append("### Search throughput on one shared instance (highlighted mix of the cases above, ")
          .append("lede and raw Lucene alternating on every thread)\n\n")
          .append("| threads | lede searches/s | raw Lucene searches/s | lede/Lucene |\n|---:|---:|---:|---:|\n")
          .append(rows).append('\n');
    }
  }

  private static void indexingTable(StringBuilder md, List<Map<?, ?>> results, Map<?, ?> heap) {
    List<RawArticle> batch = Corpus.load(IndexingBenchmark.ARTICLES).articles();
    long bytes = 0;
    for (RawArticle a : batch) {
      bytes += a.text().getBytes(StandardCharsets.UTF_8).length
          + (a.headline() == null ? 0 : a.headline().getBytes(StandardCharsets.UTF_8).length);
    }
    Map<String, Double> ms = new LinkedHashMap<>();
    for (Map<?, ?> r : results) {
      String bench = (String) r.get("benchmark");
      if (bench.endsWith("IndexingBenchmark.paths")) {
        double ops = score(r);
        for (String path : List.of("rawLucene", "ledeFullPath", "extractionOnly")) {
          ms.put(path, secondary(r, path) / ops / 1e6);
        }
      }
    }
    if (!ms.isEmpty()) {
      md.append("### Indexing (batches of ").append(IndexingBenchmark.ARTICLES).append(" articles, ")
          .append(String.format(Locale.ROOT, "%.1f MB of text", bytes / 1e6))
          .append(", the three paths in turn in one process)\n\n")
          .append("| path | ms per batch | articles/s | MB/s |\n|---|---:|---:|---:|\n");
      for (Map.Entry<String, Double> e : ms.entrySet()) {
        double seconds = e.getValue() / 1000;
        md.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.2f |%n", label(e.getKey()), e.getValue(),
            IndexingBenchmark.ARTICLES / seconds, bytes / 1e6 / seconds));
      }
      double share = ms.get("rawLucene") / ms.get("ledeFullPath");
      md.append(String.format(Locale.ROOT,
          "%nlede's full path runs at %.2f of raw Lucene's articles/s (target >= 0.50: %s).%n",
          share, share >= 0.5 ? "met" : "not met"));
      md.append('\n');
    }
    if (heap != null) {
      md.append(String.format(Locale.ROOT,
          "Peak heap indexing %s articles from JSON lines through lede's full path (%s rejected: no body): %.0f MB "
              + "(sum of heap pool peaks, an upper bound; -Xmx %.0f MB), %.1f s.%n%n",
          heap.get("articles"), heap.get("rejected"), ((Number) heap.get("peakHeapMb")).doubleValue(),
          ((Number) heap.get("maxHeapMb")).doubleValue(), ((Number) heap.get("seconds")).doubleValue()));
    }
  }

  /** Reading a page and jsoup's parse of it, timed in turn on every page: the parse's share of the read. */
  private static void htmlTable(StringBuilder md, List<Map<?, ?>> results) {
    for (Map<?, ?> r : results) {
      if (((String) r.get("benchmark")).endsWith("HtmlBenchmark.readAndParse")) {
        double pages = score(r);
        double read = secondary(r, "readNanos") / pages / 1e6;
        double parse = secondary(r, "parseNanos") / pages / 1e6;
        md.append("### HTML pages on one core (reading a page and jsoup's parse of it, in turn on every page)\n\n")
            .append("| step | ms per page | pages/s |\n|---|---:|---:|\n")
            .append(String.format(Locale.ROOT, "| read: decode, parse, metadata, main text | %.2f | %.0f |%n", read,
                1000 / read))
            .append(String.format(Locale.ROOT, "| jsoup's parse alone | %.2f | %.0f |%n", parse, 1000 / parse))
            .append(String.format(Locale.ROOT, "%nThe parse is %.2f of reading a page; what lede adds costs %.2f of "
                + "the parse (aim: at most 1.00, %s).%n%n", parse / read, (read - parse) / parse,
                read - parse <= parse ? "met" : "not met"));
      }
    }
  }

  private static String label(String method) {
    return switch (method) {
      case "rawLucene" -> "raw Lucene (headline + body, lede's analyzers)";
      case "ledeFullPath" -> "lede: read JSON lines, extract, index, commit";
      case "extractionOnly" -> "lede: extraction alone";
      default -> method;
    };
  }

  /** Extraction benchmarks and anything added later: their score and secondary counters as JMH gives them. */
  private static void otherTable(StringBuilder md, List<Map<?, ?>> results) {
    StringBuilder rows = new StringBuilder();
    for (Map<?, ?> r : results) {
      String bench = (String) r.get("benchmark");
      if (bench.contains("QueryBenchmark.") || bench.contains("ThroughputBenchmark.")
          || bench.contains("RankingCostBenchmark.")
          || bench.contains("IndexingBenchmark.") || bench.endsWith("HtmlBenchmark.readAndParse")
          // The OpenSearch benchmarks write their own table (target/opensearch-results.md).
          || bench.contains(".OpenSearch")) {
        continue;
      }
      Map<?, ?> primary = (Map<?, ?>) r.get("primaryMetric");
      StringBuilder extra = new StringBuilder();
      if (r.get("secondaryMetrics") instanceof Map<?, ?> secondary) {
        for (Map.Entry<?, ?> e : secondary.entrySet()) {
          Map<?, ?> m = (Map<?, ?>) e.getValue();
          double v = ((Number) m.get("score")).doubleValue();
          extra.append(e.getKey()).append(String.format(Locale.ROOT, " %.2f M/s", v / 1e6)).append(' ');
        }
      }
      rows.append(String.format(Locale.ROOT, "| %s | %.0f %s | %s |%n", bench.substring(bench.lastIndexOf('.',
          bench.lastIndexOf('.') - 1) + 1), score(r), primary.get("scoreUnit"), extra.toString().strip()));
    }
    if (rows.length() > 0) {
      md.append("### Extraction on one core\n\n| benchmark | articles | characters |\n|---|---:|---|\n")
          .append(rows).append('\n');
    }
  }

  private static double score(Map<?, ?> r) {
    return ((Number) ((Map<?, ?>) r.get("primaryMetric")).get("score")).doubleValue();
  }

  private static Object readJson(Path file) throws IOException {
    try (JsonParser p = JsonFactory.builder().build().createParser(Files.readString(file))) {
      p.nextToken();
      return JsonTree.read(p);
    }
  }
}
