package io.github.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.model.Article;
import io.github.lede.model.ArticleField;
import io.github.lede.model.DateMention;
import io.github.lede.model.Mention;
import io.github.lede.model.Person;
import io.github.lede.model.Quote;
import io.github.lede.model.RawArticle;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.model.SpeakerKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade: indexing, updating, deleting, getting, locking and read-only opening. */
class LedeTest {
  @TempDir Path dir;

  static Article article(String id, String headline, String body, LocalDate published) {
    return Article.builder(id, headline, body).published(published).source("Example Wire").build();
  }

  /** An article with one of everything, to check that what goes in comes back out. */
  static Article full() {
    String body = "President Vladimir Putin met Kim Jong Un on Wednesday.\n\n\"We will win,\" Putin said.";
    return Article.builder("full-1", "Putin meets Kim", body)
        .source("Example Wire")
        .url("https://example.org/full")
        .published(LocalDate.of(2024, 6, 19))
        .authors(List.of("Hana Okafor"))
        .dek("The leaders meet at a launch site in the far east.")
        .dateline("VOSTOCHNY (Example Wire)")
        .captions(List.of("The two leaders at the cosmodrome."))
        .credits(List.of("KCNA/Reuters"))
        .people(List.of(new Person("Vladimir Putin", "President",
            List.of(new Mention(ArticleField.BODY, 0, 10, 24, "Vladimir Putin"),
                new Mention(ArticleField.BODY, 0, 73, 78, "Putin"))),
            new Person("Kim Jong Un", null, List.of(new Mention(ArticleField.BODY, 0, 29, 40, "Kim Jong Un")))))
        .quotes(List.of(new Quote("We will win,", "Vladimir Putin", SpeakerKind.PERSON, "Vladimir Putin", ArticleField.BODY, 0, 58, 70)))
        .dates(List.of(new DateMention("Wednesday", "2024-06-19", ArticleField.BODY, 0, 44, 53),
            new DateMention("January 2024", "2024-01", ArticleField.BODY, 0, 0, 0)))
        .build();
  }

  @Test
  void indexedArticleIsFoundAndComesBackWhole() {
    try (Lede lede = Lede.inMemory()) {
      IndexSummary s = lede.indexArticles(List.of(full()));
      assertEquals(1, s.indexed());
      SearchResults r = lede.search("cosmodrome");
      assertEquals(1, r.total());
      SearchHit hit = r.hits().get(0);
      assertEquals("full-1", hit.id());
      assertEquals(List.of("Vladimir Putin", "Kim Jong Un"), hit.people());
      assertEquals(full(), lede.get("full-1").orElseThrow());
    }
  }

  @Test
  void theDekIsSearchedByItsNameAndByDefaultAndHighlighted() {
    try (Lede lede = Lede.inMemory()) {
      lede.indexArticles(List.of(full(), article("other-1", "Rain in the far east", "Storms closed two ports.",
          LocalDate.of(2024, 6, 20))));
      assertEquals(1, lede.search("dek:launch").total());
      assertEquals(1, lede.search("standfirst:\"launch site\"").total());
      assertEquals(0, lede.search("dek:storms").total());
      SearchResults r = lede.search("launch");
      assertEquals(1, r.total());
      assertEquals("The leaders meet at a launch site in the far east.",
          r.hits().get(0).highlights().get("dek").get(0).text());
    }
  }

  @Test
  void reindexingTheSameIdUpdatesInsteadOfAddingACopy() {
    try (Lede lede = Lede.inMemory()) {
      lede.indexArticles(List.of(article("a", "Rains fail", "The rains failed.", null)));
      IndexSummary again = lede.indexArticles(List.of(article("a", "Rains fail", "The rains failed badly.", null)));
      assertEquals(1, again.updated());
      assertEquals(1, lede.stats().articles());
      assertEquals("The rains failed badly.", lede.get("a").orElseThrow().body());
    }
  }

  @Test
  void sameArticleTwiceInOneBatchIsADuplicateNotAnUpdate() {
    try (Lede lede = Lede.inMemory()) {
      RawArticle first = RawArticle.builder("Rains fail in the north\n\nThe rains failed.").origin("a:1").build();
      RawArticle again = RawArticle.builder("RAINS FAIL in the north\n\nThe rains  failed.").origin("a:2").build();
      IndexSummary s = lede.indexRaw(List.of(first, again), IndexListener.NONE);
      assertEquals(1, s.indexed());
      assertEquals(0, s.updated());
      String id = lede.search("rains").hits().get(0).id();
      assertEquals(List.of(new ItemFailure("a:2", 0, "the same article as a:1 (id " + id
          + ", the same headline and text); not indexed again")), s.duplicates());
      assertEquals(1, lede.stats().articles());
      // Indexed again, the article is an update, and its copy still a duplicate.
      IndexSummary again2 = lede.indexRaw(List.of(first, again), IndexListener.NONE);
      assertEquals(1, again2.updated());
      assertEquals(1, again2.duplicates().size());
    }
  }

  @Test
  void theSameTextUnderAnotherIdIsIndexedWithANotice() {
    try (Lede lede = Lede.inMemory()) {
      RawArticle a = RawArticle.builder("Rains fail\n\nThe rains failed.").id("a").origin("a.txt").build();
      RawArticle b = RawArticle.builder("Rains fail\n\nThe rains failed.").id("b").origin("b.txt").build();
      IndexSummary s = lede.indexRaw(List.of(a, b), IndexListener.NONE);
      assertEquals(2, s.indexed());
      assertEquals(List.of(), s.duplicates());
      assertEquals(List.of(new ItemFailure("b.txt", 0, "the same headline and text as a.txt (id a); indexed under"
          + " its own id, b")), s.notices());
    }
  }

  @Test
  void aVersionThatComesBackAfterAnotherIsWrittenAgain() {
    try (Lede lede = Lede.inMemory()) {
      RawArticle v1 = RawArticle.builder("Vote\n\nThe council voted yes.").id("v").build();
      RawArticle v2 = RawArticle.builder("Vote\n\nThe council voted no.").id("v").build();
      IndexSummary s = lede.indexRaw(List.of(v1, v2, v1), IndexListener.NONE);
      assertEquals(List.of(), s.duplicates());
      assertEquals("The council voted yes.", lede.get("v").orElseThrow().body());
    }
  }

  @Test
  void theLastVersionOfAnIdInABatchWins() {
    try (Lede lede = Lede.inMemory()) {
      List<RawArticle> versions = new java.util.ArrayList<>();
      for (int v = 0; v < 400; v++) {
        String id = "story-" + (v % 4);
        versions.add(RawArticle.builder("Council vote\n\nThe council voted, version " + v + " of " + id + ".")
            .id(id).build());
      }
      IndexSummary s = lede.indexRaw(versions, IndexListener.NONE);
      assertEquals(400, s.indexed());
      assertEquals(396, s.updated());
      assertEquals(4, lede.stats().articles());
      for (int k = 0; k < 4; k++) {
        String id = "story-" + k;
        assertEquals("The council voted, version " + (396 + k) + " of " + id + ".", lede.get(id).orElseThrow().body());
      }
    }
  }

  @Test
  void deletingAnArticleRemovesItsQuotesToo() {
    try (Lede lede = Lede.inMemory()) {
      lede.indexArticles(List.of(full(), article("b", "Other", "Other text.", null)));
      assertEquals(1, lede.stats().quotes());
      assertTrue(lede.delete("full-1"));
      assertFalse(lede.delete("full-1"));
      IndexStats s = lede.stats();
      assertEquals(1, s.articles());
      assertEquals(0, s.quotes());
      assertTrue(lede.get("full-1").isEmpty());
    }
  }

  @Test
  void replacingAnArticleReplacesItsQuotes() {
    try (Lede lede = Lede.inMemory()) {
      lede.indexArticles(List.of(full()));
      Article fewer = full().toBuilder().quotes(List.of()).build();
      lede.indexArticles(List.of(fewer));
      assertEquals(0, lede.stats().quotes());
      assertEquals(1, lede.stats().articles());
    }
  }

  @Test
  void quoteSearchNeverFindsTheQuotesOfAReplacedOrDeletedArticle() {
    try (Lede lede = Lede.inMemory()) {
      lede.indexArticles(List.of(full()));
      assertEquals(1, lede.quotes("win").total());
      Quote other = new Quote("We will talk,", "Vladimir Putin", SpeakerKind.PERSON, "Vladimir Putin", ArticleField.BODY, 0, 58, 71);
      lede.indexArticles(List.of(full().toBuilder().quotes(List.of(other)).build()));
      assertEquals(0, lede.quotes("win").total());
      assertEquals(1, lede.quotes("talk").total());
      assertEquals(1, lede.search("speaker:putin AND quote:talk").total());
      assertEquals(0, lede.search("speaker:putin AND quote:win").total());
      assertTrue(lede.delete("full-1"));
      assertEquals(0, lede.quotes("talk").total());
      assertEquals(0, lede.quotes(io.github.lede.model.QuoteRequest.of("")).total());
      assertEquals(0, lede.search("speaker:putin").total());
    }
  }

  @Test
  void readOnlyInstanceSeesWhatTheWriterCommits() {
    try (Lede writer = Lede.open(dir)) {
      writer.indexArticles(List.of(article("a", "Rains fail", "The rains failed.", null)));
      try (Lede reader = Lede.open(dir, LedeOptions.builder().readOnly(true).build())) {
        assertEquals(1, reader.search("rains").total());
        writer.indexArticles(List.of(article("b", "Rains return", "The rains came back.", null)));
        // A read-only instance looks for new commits once a second, or at once when asked.
        reader.refresh();
        assertEquals(2, reader.search("rains").total());
        assertThrows(LedeException.class, () -> reader.delete("a"));
      }
    }
  }

  @Test
  void indexSurvivesReopening() {
    try (Lede lede = Lede.open(dir)) {
      lede.indexArticles(List.of(full()));
    }
    try (Lede lede = Lede.open(dir)) {
      assertEquals(full(), lede.get("full-1").orElseThrow());
    }
  }

  @Test
  void badFilesFailAloneAndTheBatchGoesOn() throws IOException {
    Files.writeString(dir.resolve("good.txt"), "Rains fail in the north\n\nThe rains failed.");
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.writeString(dir.resolve("feed.jsonl"), "{\"headline\": \"H\", \"body\": \"B.\"}\n{oops\n");
    Files.writeString(dir.resolve("notes.md"), "# notes");
    try (Lede lede = Lede.open(dir.resolve("index"))) {
      IndexSummary s = lede.index(dir.resolve("good.txt"), dir.resolve("empty.txt"), dir.resolve("feed.jsonl"),
          dir.resolve("notes.md"));
      assertEquals(2, s.indexed());
      assertEquals(2, s.failed());
      assertEquals(1, s.skipped());
      assertTrue(s.failures().stream().anyMatch(f -> f.file().endsWith("feed.jsonl") && f.line() == 2), s.failures().toString());
      assertTrue(s.failures().stream().anyMatch(f -> f.file().endsWith("empty.txt")), s.failures().toString());
      assertEquals(2, lede.stats().articles());
    }
  }

  @Test
  void concurrentSearchesWhileABatchIndexes() throws Exception {
    try (Lede lede = Lede.inMemory()) {
      lede.indexArticles(List.of(article("seed", "Rains fail", "The rains failed.", null)));
      List<Thread> searchers = new java.util.ArrayList<>();
      java.util.concurrent.ConcurrentLinkedQueue<Throwable> errors = new java.util.concurrent.ConcurrentLinkedQueue<>();
      for (int t = 0; t < 4; t++) {
        Thread th = new Thread(() -> {
          try {
            for (int i = 0; i < 200; i++) {
              assertTrue(lede.search("rains").total() >= 1);
            }
          } catch (Throwable e) {
            errors.add(e);
          }
        });
        searchers.add(th);
        th.start();
      }
      List<Article> batch = new java.util.ArrayList<>();
      for (int i = 0; i < 500; i++) {
        batch.add(article("x" + i, "Rains " + i, "The rains came, day " + i + ".", null));
      }
      lede.indexArticles(batch);
      for (Thread th : searchers) {
        th.join();
      }
      assertTrue(errors.isEmpty(), errors.toString());
      assertEquals(501, lede.search(SearchRequest.builder("rains").exactTotal(true).build()).total());
    }
  }

  @Test
  void everyUseOfAClosedLedeSaysItIsClosed() {
    Lede lede = Lede.open(dir.resolve("closed"));
    lede.indexArticles(List.of(full()));
    lede.close();
    lede.close();
    List<Runnable> uses = List.of(
        () -> lede.search("putin"),
        () -> lede.quotes("win"),
        () -> lede.people(SearchRequest.of(""), 5),
        () -> lede.sources(SearchRequest.of(""), 5),
        () -> lede.published(SearchRequest.of(""), io.github.lede.model.DateUnit.YEAR),
        () -> lede.get("full-1"),
        () -> lede.delete("full-1"),
        () -> lede.stats(),
        () -> lede.refresh(),
        () -> lede.indexArticles(List.of(full())),
        () -> lede.index(dir));
    for (Runnable use : uses) {
      LedeException e = assertThrows(LedeException.class, use::run);
      assertTrue(e.getMessage().contains("is closed"), e.getMessage());
    }
  }
}
