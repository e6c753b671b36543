package example;

import io.github.lede.IndexSummary;
import io.github.lede.Lede;
import io.github.lede.model.DateRange;
import io.github.lede.model.Highlight;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.model.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

public class ReadmeExample {
  public static void main(String[] args) throws Exception {
    Path articles = Path.of(args.length > 0 ? args[0] : "index-fixtures");
    Path indexDir = Files.createTempDirectory("lede-example");

    // Open (or create) an index; close it when done. One Lede per index, shared by all threads.
    try (Lede lede = Lede.open(indexDir)) {
      // Read every article below the folder: extract, index, commit. Bad files are reported, not thrown.
      IndexSummary summary = lede.index(articles);
      System.out.println("indexed " + summary.indexed() + ", failed " + summary.failed());

      // Best five matches published in the second half of 2024, highlighted.
      SearchRequest request = SearchRequest.builder("grid OR \"power cut\"")
          .published(DateRange.parse("2024-06-01..2024-12-31"))
          .size(5)
          .build();
      SearchResults results = lede.search(request);
      System.out.println(results.total() + " articles");
      for (SearchHit hit : results.hits()) {
        System.out.printf("%.2f %s (%s, %s)%n", hit.score(), hit.headline(), hit.source(), hit.published());
        for (Map.Entry<String, List<Highlight>> field : hit.highlights().entrySet()) {
          for (Highlight passage : field.getValue()) {
            // Rendered with markers of your choice...
            System.out.println("  " + field.getKey() + ": " + passage.render("<b>", "</b>"));
            // ...or as structured spans: offsets into passage.text().
            for (Span span : passage.spans()) {
              System.out.println("    matched \"" + passage.text().substring(span.start(), span.end()) + "\"");
            }
          }
        }
      }

      // The next page, if there is one: pass the cursor back.
      if (results.next() != null) {
        SearchResults page2 = lede.search(request.toBuilder().after(results.next()).build());
        System.out.println("page 2 has " + page2.hits().size() + " hits");
      }
    } finally {
      // This index was for the example only. (An index you keep is a directory you open again later.)
      try (Stream<Path> files = Files.walk(indexDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
