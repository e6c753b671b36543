package io.github.lede.eval;

import io.github.lede.text.PublicationDates;
import io.github.lede.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Scores lede's HTML extraction on trafilatura's evaluation set: {@code evaldata.json} maps each page's URL
 * to its file (under {@code eval/} or {@code cache/}), gold title, date and author, and the snippets its main
 * text must and must not contain. The body is scored by {@link SnippetScore}; title, date and author by
 * accuracy over the pages that have a gold value (title and author equal after case and white-space folding,
 * the date on the same calendar day). The gold main text holds the standfirst, so the dek is scored with the
 * body here (the Zyte benchmark's does not: {@link ZyteEval} scores the body alone).
 */
public final class TrafilaturaEval {
  private TrafilaturaEval() {}

  /** The figures of one run. */
  public record Result(SnippetScore body, FieldAccuracy title, FieldAccuracy date, FieldAccuracy author,
      int pages, int failed) {}

  /** What went wrong on one page, for error analysis. */
  /** One page's outcome; {@code titleRight} and the others say whether the field scored (false without gold). */
  public record PageReport(String file, String failure, List<String> missing, List<String> unwanted,
      String title, String goldTitle, boolean titleRight, LocalDate date, String goldDate, boolean dateRight,
      String author, String goldAuthor, boolean authorRight) {}

  public static Result run(Path dir, Consumer<PageReport> perPage) throws IOException {
    Map<?, ?> data = JsonFiles.object(dir.resolve("evaldata.json"));
    SnippetScore body = new SnippetScore();
    FieldAccuracy title = new FieldAccuracy();
    FieldAccuracy date = new FieldAccuracy();
    FieldAccuracy author = new FieldAccuracy();
    int failed = 0;
    Map<String, Map<?, ?>> byUrl = new TreeMap<>();
    for (Map.Entry<?, ?> e : data.entrySet()) {
      if (e.getValue() instanceof Map<?, ?> m) {
        byUrl.put(e.getKey().toString(), m);
      }
    }
    for (Map<?, ?> item : byUrl.values()) {
      String file = JsonFiles.string(item, "file");
      if (file == null) {
        throw new IOException("evaldata.json: an entry has no file");
      }
      PageExtraction.Outcome got = PageExtraction.of(page(dir, file));
      Article a = got.article();
      if (a == null) {
        failed++;
      }
      // trafilatura's gold counts the standfirst as part of the main text: the dek is scored with the body.
      String text = a == null ? null : a.dek() == null ? a.body() : a.dek() + Article.PARAGRAPH_SEPARATOR + a.body();
      List<String> with = JsonFiles.strings(item, "with");
      List<String> without = JsonFiles.strings(item, "without");
      body.page(text, with, without);

      String goldTitle = JsonFiles.string(item, "title");
      String gotTitle = a == null ? null : a.headline();
      boolean titleRight = goldTitle != null && gotTitle != null
          && FieldAccuracy.fold(goldTitle).equals(FieldAccuracy.fold(gotTitle));
      if (goldTitle != null) {
        title.count(titleRight);
      }
      String goldDate = JsonFiles.string(item, "date");
      LocalDate gotDate = a == null ? null : a.published();
      LocalDate gold = goldDate == null ? null : PublicationDates.parse(goldDate);
      boolean dateRight = gold != null && gold.equals(gotDate);
      if (goldDate != null) {
        date.count(dateRight);
      }
      String goldAuthor = JsonFiles.string(item, "author");
      String gotAuthor = a == null ? null : String.join("; ", a.authors());
      boolean authorRight = goldAuthor != null
          && FieldAccuracy.foldNames(goldAuthor).equals(FieldAccuracy.foldNames(gotAuthor));
      if (goldAuthor != null) {
        author.count(authorRight);
      }
      if (perPage != null) {
        perPage.accept(new PageReport(file, got.failure(), absent(text, with), present(text, without),
            gotTitle, goldTitle, titleRight, gotDate, goldDate, dateRight, gotAuthor, goldAuthor, authorRight));
      }
    }
    return new Result(body, title, date, author, byUrl.size(), failed);
  }

  /** The page under {@code eval/}, else under {@code cache/}. */
  private static Path page(Path dir, String file) {
    Path eval = dir.resolve("eval").resolve(file);
    return Files.exists(eval) ? eval : dir.resolve("cache").resolve(file);
  }

  private static List<String> absent(String text, List<String> snippets) {
    List<String> out = new ArrayList<>();
    for (String s : snippets) {
      if (text == null || !text.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  private static List<String> present(String text, List<String> snippets) {
    List<String> out = new ArrayList<>();
    for (String s : snippets) {
      if (text != null && text.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }
}
