package io.github.lede.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Scores lede's HTML body extraction on data laid out as the Zyte article-extraction benchmark is:
 * {@code html/ID.html.gz} pages and {@code ground-truth.json} ({@code {ID: {"articleBody", "url"}}}). Its
 * articleBody leaves out the standfirst under the headline, so lede's body is scored alone, without the dek.
 */
public final class ZyteEval {
  private ZyteEval() {}

  /**
   * Scores every page of the ground truth; a page lede cannot read or extract counts as an empty prediction.
   *
   * @param perPage receives each page's id and normalised counts (for error analysis), may be null
   */
  public static ShingleScore.Result run(Path dir, BiConsumer<String, ShingleScore.Page> perPage)
      throws IOException {
    Map<?, ?> truth = JsonFiles.object(dir.resolve("ground-truth.json"));
    List<ShingleScore.Page> pages = new ArrayList<>();
    // In id order, so that a run reads the same way twice.
    for (Map.Entry<String, Map<?, ?>> e : byId(truth).entrySet()) {
      String body = JsonFiles.string(e.getValue(), "articleBody");
      PageExtraction.Outcome got = PageExtraction.of(dir.resolve("html").resolve(e.getKey() + ".html.gz"));
      ShingleScore.Page page = ShingleScore.page(body, got.article() == null ? "" : got.article().body());
      pages.add(page);
      if (perPage != null) {
        perPage.accept(e.getKey(), page);
      }
    }
    return ShingleScore.aggregate(pages);
  }

  private static Map<String, Map<?, ?>> byId(Map<?, ?> truth) throws IOException {
    Map<String, Map<?, ?>> out = new TreeMap<>();
    for (Map.Entry<?, ?> e : truth.entrySet()) {
      if (!(e.getValue() instanceof Map<?, ?> m)) {
        throw new IOException("ground-truth.json: entry " + e.getKey() + " is not an object");
      }
      out.put(e.getKey().toString(), m);
    }
    return out;
  }
}
