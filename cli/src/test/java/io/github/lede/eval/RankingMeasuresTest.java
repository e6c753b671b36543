package io.github.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The measures on small rankings whose values are worked out by hand in the comments. */
class RankingMeasuresTest {
  private static final double EPS = 1e-9;
  @TempDir Path dir;

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  @Test
  void binaryJudgments() {
    // a and c relevant at ranks 1 and 3; e relevant but not retrieved: three relevant in all.
    List<String> ranked = List.of("a", "b", "c", "d");
    Map<String, Integer> judged = Map.of("a", 1, "c", 1, "e", 1, "b", 0);
    assertEquals(0.2, RankingMeasures.precision(ranked, judged, 10), EPS); // 2 of 10: the list is padded
    assertEquals(0.5, RankingMeasures.precision(ranked, judged, 2), EPS);
    // (1/1 + 2/3) / 3 relevant, not / 2 retrieved
    assertEquals((1 + 2.0 / 3) / 3, RankingMeasures.averagePrecision(ranked, judged, 100), EPS);
    assertEquals(1.0 / 3, RankingMeasures.averagePrecision(ranked, judged, 2), EPS);
    // DCG 1/log2(2) + 1/log2(4) = 1.5; ideal 1 + 1/log2(3) + 1/log2(4) = 2.1309
    assertEquals(1.5 / (1 + 1 / log2(3) + 0.5), RankingMeasures.ndcg(ranked, judged, 10), EPS);
    assertEquals(0.7039180890341347, RankingMeasures.ndcg(ranked, judged, 10), 1e-12);
  }

  @Test
  void gradedJudgmentsAreGainsAndOneOrMoreIsRelevant() {
    // x judged not relevant; y grade 2 at rank 2, z grade 1 at rank 3; w grade 3 not retrieved.
    List<String> ranked = List.of("x", "y", "z");
    Map<String, Integer> judged = Map.of("x", 0, "y", 2, "z", 1, "w", 3);
    // DCG 2/log2(3) + 1/log2(4) = 1.7619; ideal 3/1 + 2/log2(3) + 1/log2(4) = 4.7619
    assertEquals((2 / log2(3) + 0.5) / (3 + 2 / log2(3) + 0.5), RankingMeasures.ndcg(ranked, judged, 10), EPS);
    assertEquals(0.2, RankingMeasures.precision(ranked, judged, 10), EPS);
    assertEquals((1.0 / 2 + 2.0 / 3) / 3, RankingMeasures.averagePrecision(ranked, judged, 100), EPS);
    // Cut at 1: nothing relevant yet; the ideal's first place holds w's 3.
    assertEquals(0, RankingMeasures.ndcg(ranked, judged, 1), EPS);
  }

  @Test
  void negativeGradesAreUnjudgedAndUnlistedDocumentsNotRelevant() {
    List<String> ranked = List.of("a", "b", "zz");
    Map<String, Integer> judged = Map.of("a", -1, "b", 1);
    assertEquals(0.5, RankingMeasures.averagePrecision(ranked, judged, 100), EPS); // b at rank 2, one relevant
    assertEquals(1 / log2(3), RankingMeasures.ndcg(ranked, judged, 10), EPS);
    assertEquals(0.1, RankingMeasures.precision(ranked, judged, 10), EPS);
  }

  @Test
  void aTopicWithoutRelevantDocumentsScoresZero() {
    Map<String, Integer> judged = Map.of("a", 0);
    assertEquals(0, RankingMeasures.ndcg(List.of("a"), judged, 10), EPS);
    assertEquals(0, RankingMeasures.averagePrecision(List.of("a"), judged, 100), EPS);
    assertEquals(0, RankingMeasures.ndcg(List.of(), Map.of("a", 1), 10), EPS);
  }

  @Test
  void tiesAreBrokenAsTrecEvalBreaksThem() {
    // Score descending, then document id in reverse string order: d3 > d2 > d10.
    List<TrecRun.Entry> run = List.of(TrecRun.Entry.of("d2", 1f), TrecRun.Entry.of("d10", 1f),
        TrecRun.Entry.of("d1", 2f), TrecRun.Entry.of("d3", 1f));
    assertEquals(List.of("d1", "d3", "d2", "d10"), TrecRun.docs(TrecRun.trecOrder(run)));
    // The tie order decides the measures: d10 relevant is at rank 4, not 2 as listed.
    Map<String, Integer> judged = Map.of("d10", 1);
    assertEquals(0.25, RankingMeasures.averagePrecision(TrecRun.docs(TrecRun.trecOrder(run)), judged, 100), EPS);
  }

  @Test
  void aDocumentRetrievedTwiceIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> TrecRun.trecOrder(List.of(TrecRun.Entry.of("a", 1f), TrecRun.Entry.of("a", 2f))));
  }

  @Test
  void runLinesCarryTheScoreTheMeasuresUsed() throws IOException {
    // 0.1f is 0.100000001490116...: the run writes its shortest form, and the entry holds that value.
    TrecRun.Entry e = TrecRun.Entry.of("doc-1", 0.1f);
    assertEquals(0.1, e.score(), 0);
    StringWriter w = new StringWriter();
    TrecRun.write(w, "t1", TrecRun.trecOrder(List.of(e, TrecRun.Entry.of("doc-2", 3.25f))), "lede");
    assertEquals("t1 Q0 doc-2 1 3.25 lede" + System.lineSeparator() + "t1 Q0 doc-1 2 0.1 lede"
        + System.lineSeparator(), w.toString());
  }

  @Test
  void badInputNamesItsFileAndLine() throws IOException {
    Path qrels = Files.writeString(dir.resolve("qrels.txt"), "t1 0 a 1\nt1 0 b\n");
    IOException bad = assertThrows(IOException.class, () -> Qrels.read(qrels));
    assertTrue(bad.getMessage().endsWith("qrels.txt:2: expected 'topic iteration docid relevance', got \"t1 0 b\""),
        bad.getMessage());
    Path twice = Files.writeString(dir.resolve("twice.txt"), "t1 0 a 1\n\nt1 0 a 0\n");
    assertTrue(assertThrows(IOException.class, () -> Qrels.read(twice)).getMessage().contains("twice.txt:3:"));
    Path grade = Files.writeString(dir.resolve("grade.txt"), "t1 0 a yes\n");
    assertTrue(assertThrows(IOException.class, () -> Qrels.read(grade)).getMessage().contains("grade.txt:1:"));
    Path queries = Files.writeString(dir.resolve("q.tsv"), "t1\tgold\nt2 silver\n");
    assertTrue(assertThrows(IOException.class, () -> Topics.read(queries)).getMessage().contains("q.tsv:2:"));
  }

  @Test
  void qrelsKeepGradesByTopic() throws IOException {
    Path qrels = Files.writeString(dir.resolve("qrels.txt"), "# judged by hand\nt2 0 a 2\nt1 0 b 0\nt2 0 c -1\n");
    Qrels q = Qrels.read(qrels);
    assertEquals(List.of("t2", "t1"), List.copyOf(q.topics()));
    assertEquals(Map.of("a", 2, "c", -1), q.of("t2"));
    assertEquals(Map.of(), q.of("t9"));
  }
}
