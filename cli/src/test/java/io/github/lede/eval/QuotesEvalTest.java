package io.github.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The brat reader and the quote scorer, on a tiny annotated text written for the test. */
class QuotesEvalTest {
  @TempDir Path dir;

  private static final String TEXT = "Bridge to reopen 🚧\n\n"
      + "\"We will rebuild,\" Jane Doe, the town engineer, said. The plan is \"bold\" and new.\n\n"
      + "Officials called it \"a waste\" on Monday.\n";

  /** Offsets in code points, as brat counts them: the emoji is one. */
  private static int at(String s) {
    return TEXT.codePointCount(0, TEXT.indexOf(s));
  }

  private void write() throws IOException {
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Files.writeString(dir.resolve("text/bridge.txt"), TEXT);
    int q1 = at("\"We will");
    int src = at("Jane Doe, the");
    int q2 = at("\"bold\"");
    int q3 = at("\"a waste\"");
    String ann = String.join("\n",
        "T1\tContent " + q1 + " " + (q1 + 18) + "\t\"We will rebuild,\"",
        "T2\tSource " + src + " " + (src + 27) + "\tJane Doe, the town engineer",
        "T3\tCue " + at("said.") + " " + (at("said.") + 4) + "\tsaid",
        "E1\tAttribution:T3 Content:T1 Source:T2 ",
        "T4\tContent " + q2 + " " + (q2 + 6) + "\t\"bold\"",
        "T5\tContent " + q3 + " " + (q3 + 9) + ";" + (q3 + 10) + " " + (q3 + 12) + "\t\"a waste\" on",
        "T6\tSource " + src + " " + (src + 8) + "\tJane Doe",
        "E2\tAttribution:T3 Content:T5 Source:T6",
        "T7\tContent 0 6\tBridge",
        "and a line break inside a span's text",
        "");
    Files.writeString(dir.resolve("attributions/bridge_ab12.ann"), ann);
  }

  @Test
  void readsGoldQuotesWithTheirSources() throws IOException {
    write();
    List<BratReader.Document> docs = BratReader.read(dir);
    assertEquals(1, docs.size());
    List<BratReader.GoldQuote> gold = docs.get(0).quotes();
    assertEquals(3, gold.size(), "Content spans with a quotation mark only");
    assertEquals("Jane Doe, the town engineer", gold.get(0).source());
    assertEquals(TEXT.indexOf("\"We will"), gold.get(0).start(), "code points become Java offsets");
    assertEquals(2, gold.get(2).fragments().length);
  }

  @Test
  void scoresQuotesAndSpeakers() throws IOException {
    write();
    QuotesEval.Score s = QuotesEval.score(dir);
    assertEquals(3, s.gold());
    assertEquals(3, s.found());
    assertEquals(3, s.matched());
    assertEquals(2, s.speakerCounted(), "a source with no capitalised word is not counted");
    assertEquals(1, s.speakerCorrect(), "Jane Doe right; the gold gives \"a waste\" to her, lede to Officials");
  }

  @Test
  void commandPrintsTheDocumentedJsonAndLastLine() throws IOException {
    write();
    StringWriter out = new StringWriter();
    int code = Main.run(new String[] {"eval", "quotes", "--brat", dir.toString(), "--json"}, new PrintWriter(out),
        new PrintWriter(new StringWriter()));
    assertEquals(0, code);
    String json = out.toString().strip();
    assertTrue(json.startsWith("{\"quotes\":{\"precision\":1.0,\"recall\":1.0,\"f1\":1.0,\"gold\":3,\"found\":3,"
        + "\"matched\":3},\"speaker\":{\"accuracy\":0.5,\"namePartAccuracy\":0.5,\"n\":2}}"), json);
    StringWriter plain = new StringWriter();
    Main.run(new String[] {"eval", "quotes", "--brat", dir.toString()}, new PrintWriter(plain),
        new PrintWriter(new StringWriter()));
    String[] lines = plain.toString().strip().split("\n");
    assertEquals("quotes F1 1.000 (P 1.000, R 1.000), speaker accuracy 0.500 (n 2)", lines[lines.length - 1]);
  }

  @Test
  void namePartStopsAtAnAppositionOrAClauseAfterAName() {
    assertEquals("Jo Grant", QuotesEval.namePart("Jo Grant, Democrat of Ohio"));
    assertEquals("Mr. Morgan", QuotesEval.namePart("Mr. Morgan of the Sierra Club"));
    assertEquals("Ann Lee", QuotesEval.namePart("Ann Lee at the State Department"));
    assertEquals("Ann Lee", QuotesEval.namePart("Ann Lee who ran the office"));
    assertEquals("Secretary of State John Kerry", QuotesEval.namePart("Secretary of State John Kerry"));
    assertEquals("a spokesman for Coca-Cola", QuotesEval.namePart("a spokesman for Coca-Cola"),
        "a non-person source keeps its organisation");
  }

  @Test
  void foldsKeepEveryAnnotatorsCopyOfATextTogetherAndSplitTheRest() {
    DocumentFold fold = DocumentFold.parse("0/5");
    List<BratReader.Document> docs = new java.util.ArrayList<>();
    for (int i = 0; i < 50; i++) {
      docs.add(new BratReader.Document("text" + i + "_ab12.ann", "", List.of()));
      docs.add(new BratReader.Document("text" + i + "_cd34.ann", "", List.of()));
    }
    List<BratReader.Document> held = fold.of(docs);
    assertEquals(docs.size(), held.size() + fold.without(docs).size());
    assertTrue(held.size() > 0 && held.size() < docs.size());
    for (BratReader.Document d : held) {
      String twin = d.name().endsWith("_ab12.ann") ? d.name().replace("_ab12", "_cd34") : d.name().replace("_cd34", "_ab12");
      assertTrue(held.stream().anyMatch(x -> x.name().equals(twin)), twin);
    }
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> DocumentFold.parse("5/5"));
  }
}
