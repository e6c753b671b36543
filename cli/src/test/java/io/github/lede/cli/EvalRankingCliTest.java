package io.github.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lede eval ranking} end to end on a three-article index written here. */
class EvalRankingCliTest {
  @TempDir Path dir;

  private String index() throws IOException {
    Path articles = Files.writeString(dir.resolve("a.jsonl"), String.join("\n",
        "{\"id\": \"r1\", \"headline\": \"Heating oil stocks fall\", \"body\": \"Heating oil stocks fell in the north east.\"}",
        "{\"id\": \"r2\", \"headline\": \"Crude prices\", \"body\": \"Oil prices rose. Heating demand was low.\"}",
        "{\"id\": \"r3\", \"headline\": \"Gold steady\", \"body\": \"Gold was steady in quiet trade.\"}") + "\n");
    String index = dir.resolve("idx").toString();
    CliTest.Run r = CliTest.lede("index", articles.toString(), "--index", index);
    assertEquals(0, r.code(), r.err() + r.out());
    return index;
  }

  @Test
  void printsPerTopicFiguresTheirMeansAndWritesTheRun() throws IOException {
    String index = index();
    Path queries = Files.writeString(dir.resolve("q.tsv"), "t1\theating oil\nt2\tgold\nt4\toil\n");
    // t1: r1 relevant, r2 judged not; t2: r3; t3 is judged but has no query; t4 has no judgments.
    Path qrels = Files.writeString(dir.resolve("qrels.txt"), "t1 0 r1 1\nt1 0 r2 0\nt2 0 r3 1\nt3 0 r9 1\n");
    Path run = dir.resolve("run.txt");
    CliTest.Run r = CliTest.lede("eval", "ranking", "--index", index, "--queries", queries.toString(), "--qrels",
        qrels.toString(), "--run", run.toString());
    assertEquals(0, r.code(), r.err());
    // t1 and t2 rank their one relevant article first (P@10 0.1, nDCG@10 1, MAP@100 1); t3 scores 0.
    assertTrue(r.out().contains("ranking nDCG@10 0.667 (P@10 0.067, MAP@100 0.667; topics 3)"), r.out());
    assertTrue(r.out().contains("t1      0.100    1.000    1.000  heating oil"), r.out());
    assertTrue(r.err().contains("topic t3 scores 0: judged, but the queries file has no query for it"), r.err());
    assertTrue(r.err().contains("left out, no judgments: t4"), r.err());
    List<String> lines = Files.readAllLines(run);
    assertEquals(3, lines.size(), lines.toString());
    assertTrue(lines.get(0).matches("t1 Q0 r1 1 [0-9.E-]+ lede"), lines.get(0));
    assertTrue(lines.get(1).matches("t1 Q0 r2 2 [0-9.E-]+ lede"), lines.get(1));
    assertTrue(lines.get(2).matches("t2 Q0 r3 1 [0-9.E-]+ lede"), lines.get(2));
  }

  @Test
  void jsonHasTheMeansAndEachTopic() throws IOException {
    String index = index();
    Path queries = Files.writeString(dir.resolve("q.tsv"), "t2\tgold\n");
    Path qrels = Files.writeString(dir.resolve("qrels.txt"), "t2 0 r3 1\n");
    CliTest.Run r = CliTest.lede("eval", "ranking", "--index", index, "--queries", queries.toString(), "--qrels",
        qrels.toString(), "--json");
    assertEquals(0, r.code(), r.err());
    Map<?, ?> json = CliTest.json(r.out().strip());
    assertEquals(1.0, json.get("ndcg10"));
    Map<?, ?> topic = (Map<?, ?>) ((List<?>) json.get("topics")).get(0);
    assertEquals("gold", topic.get("query"));
    assertEquals(1L, topic.get("retrieved"));
  }

  @Test
  void aBadQrelsLineIsOneLineWithFileAndLine() throws IOException {
    Path queries = Files.writeString(dir.resolve("q.tsv"), "t1\tgold\n");
    Path qrels = Files.writeString(dir.resolve("qrels.txt"), "t1 0 r3\n");
    CliTest.Run r = CliTest.lede("eval", "ranking", "--index", dir.resolve("none").toString(), "--queries",
        queries.toString(), "--qrels", qrels.toString());
    assertEquals(Main.FAILED, r.code());
    assertTrue(r.err().startsWith("lede: cannot read the test collection: ") && r.err().contains("qrels.txt:1:"),
        r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }
}
