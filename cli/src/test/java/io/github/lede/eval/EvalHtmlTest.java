package io.github.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.cli.Main;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lede eval html} on small benchmark directories written here, in both layouts. */
class EvalHtmlTest {
  @TempDir Path dir;

  private static final String BODY_1 = "The night ferry returns on Friday after a two year pause. Islanders had"
      + " relied on a single morning crossing.";
  private static final String BODY_2 = "The library stays open until ten on weekdays for six weeks. Students"
      + " preparing for exams get a quiet floor.";

  private static String page(String title, String body) {
    StringBuilder sb = new StringBuilder("<html><head><title>" + title + "</title>"
        + "<meta property=\"article:published_time\" content=\"2024-04-09T06:00:00Z\"></head><body>"
        + "<nav><a href=/>Home</a> <a href=/news>News</a></nav><article><h1>" + title + "</h1>");
    for (String sentence : body.split("(?<=\\.) ")) {
      sb.append("<p>").append(sentence).append("</p>");
    }
    return sb.append("</article><footer>Site footer text</footer></body></html>").toString();
  }

  private static void gzip(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    return out.toString().strip().split("\n");
  }

  @Test
  void zyteLayoutIsScoredByShingles() throws IOException {
    gzip(dir.resolve("html/a1.html.gz"), page("Ferry returns", BODY_1));
    gzip(dir.resolve("html/b2.html.gz"), page("Library open late", BODY_2));
    // The second page's truth has an extra sentence lede cannot find: recall drops below one.
    Files.writeString(dir.resolve("ground-truth.json"), "{\"a1\": {\"articleBody\": \"" + BODY_1
        + "\", \"url\": \"https://x.example/a1\"}, \"b2\": {\"articleBody\": \"" + BODY_2
        + " It reopens in the winter too if the trial works.\", \"url\": \"https://x.example/b2\"}}");
    ShingleScore.Result r = ZyteEval.run(dir, null);
    assertEquals(2, r.pages());
    assertEquals(1.0, r.precision(), 1e-9);
    // 19 tokens give 16 shingles, all found; the missing sentence adds 10 tokens, so 10 shingles not found.
    double recallB = 16.0 / (16 + 10);
    assertEquals((1 + recallB) / 2, r.recall(), 1e-9);

    String[] lines = run("eval", "html", "--zyte", dir.toString());
    assertTrue(lines[lines.length - 1].matches("html F1 0\\.\\d{3} \\(P 1\\.000, R 0\\.\\d{3}; pages 2\\)"),
        lines[lines.length - 1]);
    String json = run("eval", "html", "--zyte", dir.toString(), "--json")[0];
    assertTrue(json.matches("\\{\"precision\":[0-9.E-]+,\"recall\":[0-9.E-]+,\"f1\":[0-9.E-]+,\"pages\":2}"), json);
  }

  @Test
  void trafilaturaLayoutScoresSnippetsAndMetadata() throws IOException {
    Files.createDirectories(dir.resolve("eval"));
    Files.createDirectories(dir.resolve("cache"));
    Files.writeString(dir.resolve("eval/ferry.html"), page("Ferry returns", BODY_1));
    Files.writeString(dir.resolve("cache/library.html"), page("Library open late", BODY_2));
    Files.writeString(dir.resolve("evaldata.json"), "{"
        + "\"https://x.example/ferry\": {\"file\": \"ferry.html\", \"title\": \"Ferry Returns\", \"date\": \"2024-04-09\","
        + " \"author\": \"Orla Penhallow\", \"with\": [\"night ferry returns\", \"single morning crossing\"],"
        + " \"without\": [\"Home\", \"Site footer\"]},"
        + "\"https://x.example/library\": {\"file\": \"library.html\", \"title\": \"Library\", \"date\": \"2024-04-10\","
        + " \"author\": \"\", \"with\": [\"quiet floor\", \"not on the page\"], \"without\": [\"Library open late\"]}}");
    TrafilaturaEval.Result r = TrafilaturaEval.run(dir, null);
    assertEquals(3, r.body().truePositives());
    assertEquals(1, r.body().falseNegatives());
    assertEquals(0, r.body().falsePositives());
    assertEquals(3, r.body().trueNegatives());
    assertEquals(1, r.title().correct());
    assertEquals(2, r.title().total());
    assertEquals(1, r.date().correct());
    assertEquals(2, r.date().total());
    assertEquals(0, r.author().correct());
    assertEquals(1, r.author().total());

    String json = run("eval", "html", "--trafilatura", dir.toString(), "--json")[0];
    assertTrue(json.startsWith("{\"body\":{\"precision\":1.0,\"recall\":0.75,\"f1\":"), json);
    assertTrue(json.endsWith("\"title\":0.5,\"date\":0.5,\"author\":0.0}"), json);
  }

  @Test
  void missingBenchmarkDataIsAClearError() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"eval", "html", "--zyte", dir.resolve("nope").toString()},
        new PrintWriter(out), new PrintWriter(err));
    assertEquals(1, code);
    assertTrue(err.toString().startsWith("lede: cannot read the benchmark data: no "), err.toString());
    assertTrue(err.toString().contains("ground-truth.json"), err.toString());
  }
}
