package io.github.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class DeadlineSearcherTest {
  /** More documents than several windows hold, all matching, in one segment. */
  private static final int DOCS = DeadlineSearcher.FIRST_WINDOW * 5;

  private static Directory index() throws IOException {
    Directory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      for (int i = 0; i < DOCS; i++) {
        Document d = new Document();
        d.add(new StringField("kind", i % 2 == 0 ? "even" : "odd", Field.Store.NO));
        w.addDocument(d);
      }
      w.forceMerge(1);
    }
    return dir;
  }

  private static long count(DeadlineSearcher searcher, String kind) throws IOException {
    return searcher.search(new TermQuery(new Term("kind", kind)),
        new TopScoreDocCollectorManager(10, Integer.MAX_VALUE)).totalHits.value();
  }

  @Test
  void withoutADeadlineEveryWindowIsScored() throws IOException {
    try (Directory dir = index(); DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(DOCS / 2, count(new DeadlineSearcher(reader), "even"));
    }
  }

  @Test
  void withTimeLeftEveryWindowIsScored() throws IOException {
    try (Directory dir = index(); DirectoryReader reader = DirectoryReader.open(dir)) {
      SearchDeadline.start(Duration.ofHours(1));
      try {
        assertEquals(DOCS / 2, count(new DeadlineSearcher(reader), "odd"));
      } finally {
        SearchDeadline.stop();
      }
    }
  }

  @Test
  void aPassedDeadlineStopsScoringAndKeepsWhatItHas() throws IOException {
    try (Directory dir = index(); DirectoryReader reader = DirectoryReader.open(dir)) {
      SearchDeadline.start(Duration.ofSeconds(-1));
      try {
        assertEquals(0, count(new DeadlineSearcher(reader), "even"));
      } finally {
        SearchDeadline.stop();
      }
    }
  }

  /** Counts hits, and spends the deadline at the first one. */
  private static final class RunsOutAtFirstHit extends SimpleCollector {
    int hits;

    @Override
    public void collect(int doc) {
      if (hits++ == 0) {
        SearchDeadline.start(Duration.ofSeconds(-1));
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  @Test
  void aDeadlinePassingMidSegmentEndsTheSearchAfterTheCurrentWindow() throws IOException {
    try (Directory dir = index(); DirectoryReader reader = DirectoryReader.open(dir)) {
      SearchDeadline.start(Duration.ofHours(1));
      try {
        int hits = new DeadlineSearcher(reader).search(new TermQuery(new Term("kind", "even")),
            new CollectorManager<RunsOutAtFirstHit, Integer>() {
              @Override
              public RunsOutAtFirstHit newCollector() {
                return new RunsOutAtFirstHit();
              }

              @Override
              public Integer reduce(Collection<RunsOutAtFirstHit> collectors) {
                return collectors.stream().mapToInt(c -> c.hits).sum();
              }
            });
        // The first window is finished; no other is started.
        assertEquals(DeadlineSearcher.FIRST_WINDOW / 2, hits);
      } finally {
        SearchDeadline.stop();
      }
    }
  }
}
