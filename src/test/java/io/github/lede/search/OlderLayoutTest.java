package io.github.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.IndexListener;
import io.github.lede.Lede;
import io.github.lede.LedeException;
import io.github.lede.model.DateUnit;
import io.github.lede.model.RawArticle;
import io.github.lede.model.RelatedRequest;
import io.github.lede.model.SearchRequest;
import io.github.lede.schema.IndexLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index written by an older lede lacks the fields newer features read: those features, and writing more
 * articles beside the old ones, are refused in one line that says what to do, instead of answering nothing.
 * What the old index holds is still searched.
 */
class OlderLayoutTest {
  @TempDir Path dir;

  private static final List<RawArticle> ARTICLES = List.of(
      RawArticle.builder("Harbour works begin\n\nThe harbour works began on Monday, the board said.").id("a")
          .published("2024-06-03").build(),
      RawArticle.builder("Harbour works slow\n\nThe harbour works slowed in June, the board said.").id("b")
          .published("2024-06-20").build());

  /** Writes the articles, then rewrites the last commit's layout as an older lede would have left it. */
  private void indexAs(String layout) throws IOException {
    try (Lede lede = Lede.open(dir)) {
      lede.indexRaw(ARTICLES, IndexListener.NONE);
    }
    try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      Map<String, String> data = new HashMap<>();
      w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      if (layout == null) {
        data.remove(LuceneStore.LAYOUT);
      } else {
        data.put(LuceneStore.LAYOUT, layout);
      }
      w.setLiveCommitData(data.entrySet());
      w.commit();
    }
  }

  @Test
  void theNewerFeaturesAndWritingAreRefusedSayingWhy() throws IOException {
    indexAs("0000abcd");
    try (Lede lede = Lede.open(dir)) {
      assertEquals(2, lede.search(SearchRequest.of("harbour")).total());
      String older = "the index at " + dir + " was written by an older lede (layout 0000abcd; this lede's is "
          + IndexLayout.version() + "): ";
      LedeException related = assertThrows(LedeException.class, () -> lede.related("a", RelatedRequest.builder().build()));
      assertEquals(older + "finding related stories needs its articles indexed again, into a new index directory",
          related.getMessage());
      assertTrue(assertThrows(LedeException.class, () -> lede.mentioned(SearchRequest.of(""), DateUnit.MONTH))
          .getMessage().startsWith(older + "counting the dates"));
      assertTrue(assertThrows(LedeException.class,
          () -> lede.search(SearchRequest.builder("harbour").collapse(true).build())).getMessage()
          .startsWith(older + "folding near duplicates"));
      assertTrue(assertThrows(LedeException.class, () -> lede.indexRaw(ARTICLES, IndexListener.NONE)).getMessage()
          .startsWith(older + "writing more articles"));
    }
  }

  @Test
  void anIndexFromBeforeLayoutsWereRecordedIsOlderToo() throws IOException {
    indexAs(null);
    try (Lede lede = Lede.open(dir)) {
      assertTrue(assertThrows(LedeException.class, () -> lede.related("a", RelatedRequest.builder().build()))
          .getMessage().contains("was written by an older lede (before lede recorded its layout; this lede's is "));
    }
  }

  @Test
  void anIndexOfThisLayoutAnswersEverything() throws IOException {
    indexAs(IndexLayout.version());
    try (Lede lede = Lede.open(dir)) {
      assertTrue(lede.related("a", RelatedRequest.builder().build()).orElseThrow().hits().stream()
          .anyMatch(h -> h.id().equals("b")));
      assertEquals(2, lede.indexRaw(ARTICLES, IndexListener.NONE).indexed());
    }
  }
}
