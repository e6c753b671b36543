package io.github.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.IndexListener;
import io.github.lede.IndexSummary;
import io.github.lede.Lede;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the default ranking from sliding back on the Reuters dev topics: each floor is the figure measured
 * when it was set (nDCG@10 0.682, MAP@100 0.455), less about a hundredth. Indexing the corpus takes a minute.
 */
class RankingQualityFloorTest {
  private static final Path CORPUS = Path.of("..", "shared", "corpus", "reuters21578.jsonl");

  @TempDir Path dir;

  @Test
  void reutersDevTopics() throws IOException {
    Path topics = SharedData.require("reuters-topics");
    Assumptions.assumeTrue(Files.exists(CORPUS), "no " + CORPUS);
    try (Lede lede = Lede.open(dir.resolve("reuters"))) {
      IndexSummary s = lede.index(List.of(CORPUS), IndexListener.NONE);
      assertEquals(19042, s.indexed(), s.toString());
      RankingEval.Result r = RankingEval.run(lede, Topics.read(topics.resolve("queries-dev.tsv")),
          Qrels.read(topics.resolve("qrels-dev.txt")), null);
      assertEquals(24, r.topics().size());
      assertTrue(r.ndcg10() >= 0.675, "nDCG@10 fell to " + r.ndcg10());
      assertTrue(r.map100() >= 0.450, "MAP@100 fell to " + r.map100());
      assertTrue(r.p10() >= 0.625, "P@10 fell to " + r.p10());
    }
  }
}
