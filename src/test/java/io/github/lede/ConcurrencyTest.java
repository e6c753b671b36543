package io.github.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.model.Article;
import io.github.lede.model.ArticleField;
import io.github.lede.model.MatchedQuote;
import io.github.lede.model.Quote;
import io.github.lede.model.QuoteHit;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.model.SortOrder;
import io.github.lede.model.SpeakerKind;
import io.github.lede.reliability.SuiteReport;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches beside a writer on one {@code Lede}: several threads search articles and quotes while one thread
 * adds, updates and deletes articles, each step one commit. Every search must answer without error and from
 * one consistent snapshot, which the articles make checkable:
 *
 * <ul>
 *   <li>an article and its quotes carry the same version (headline and quote both say "version V"); an update
 *       replaces the block whole, so a hit's matched quotes and a quote hit's article headline always agree;
 *   <li>every article written at step S is published S days after a base day, and deletes never take the
 *       newest, so the newest article a search sees names the last step it sees; the total it counts must be
 *       one the writer had after a step with that newest article;
 *   <li>within one thread, that step never goes backwards.
 * </ul>
 *
 * <p>Bounded by count: {@value #STEPS} writer steps ({@code -Dlede.reliability.long=true}: 3,000).
 */
class ConcurrencyTest {
  private static final int STEPS = Boolean.getBoolean("lede.reliability.long") ? 3000 : 300;
  private static final int SEARCHERS = 4;
  private static final LocalDate BASE = LocalDate.of(2000, 1, 1);

  @TempDir Path dir;

  /** For each newest step a search may see, the totals the index had while that step was the newest. */
  private final Map<Long, Set<Long>> totalsAtStep = new ConcurrentHashMap<>();
  private final List<String> problems = new CopyOnWriteArrayList<>();
  private final AtomicBoolean writing = new AtomicBoolean(true);
  private final AtomicLong articleSearches = new AtomicLong();
  private final AtomicLong quoteSearches = new AtomicLong();

  @Test
  void searchesBesideAWriterAlwaysSeeOneConsistentSnapshot() throws InterruptedException {
    LedeOptions options = LedeOptions.builder().commitEvery(0).commitInterval(Duration.ZERO).build();
    int[] adds = new int[1];
    int[] updates = new int[1];
    int[] deletes = new int[1];
    try (Lede lede = Lede.open(dir, options)) {
      // A first commit, so that every snapshot a search can take has a newest article.
      totalsAtStep.computeIfAbsent(0L, k -> ConcurrentHashMap.newKeySet()).add(1L);
      lede.indexArticles(List.of(article("a-0", 0, 0)));
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < SEARCHERS; t++) {
        int seed = t;
        threads.add(Thread.ofPlatform().name("searcher-" + t).start(() -> search(lede, seed)));
      }
      try {
        write(lede, adds, updates, deletes);
      } catch (RuntimeException e) {
        problems.add("writer: " + e);
      } finally {
        writing.set(false);
      }
      for (Thread t : threads) {
        t.join();
      }
    }
    assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())));
    assertTrue(articleSearches.get() > 0 && quoteSearches.get() > 0);
    SuiteReport.of("concurrency", "concurrency", 40,
            "Any number of threads can search one Lede while a batch writes: every search answers without error "
                + "from one consistent snapshot (an article and its quotes always of the same version, a total "
                + "that existed at a commit, never older than what the thread saw before).")
        .figure("threads", SEARCHERS + " searching, 1 writing (adds, updates, deletes; each step a commit)")
        .figure("writer steps", SuiteReport.count(STEPS) + ": " + SuiteReport.count(adds[0]) + " adds, "
            + SuiteReport.count(updates[0]) + " updates, " + SuiteReport.count(deletes[0]) + " deletes")
        .figure("searches checked", SuiteReport.count(articleSearches.get()) + " article searches, "
            + SuiteReport.count(quoteSearches.get()) + " quote searches")
        .figure("errors or inconsistent snapshots", SuiteReport.count(problems.size()))
        .write();
  }

  /** An article at a version, published at its step, with one quote saying the same version. */
  private static Article article(String id, int version, long step) {
    String quote = "The ledger stands at version " + version;
    String body = "Ledger entry " + id + " moved to version " + version + ".\n\n\"" + quote + ",\" Ada Vance said.";
    int start = body.indexOf(quote);
    return Article.builder(id, "Ledger " + id + " version " + version, body)
        .published(BASE.plusDays(step))
        .source("Ledger Wire")
        .quotes(List.of(new Quote(quote, "Ada Vance", SpeakerKind.PERSON, "Ada Vance", ArticleField.BODY, 0,
            start, start + quote.length())))
        .build();
  }

  private void write(Lede lede, int[] adds, int[] updates, int[] deletes) {
    SplittableRandom r = new SplittableRandom(42);
    // id -> version and id -> step it was last written at; the writer's own view of what is committed
    Map<String, Integer> version = new java.util.HashMap<>(Map.of("a-0", 0));
    Map<String, Long> writtenAt = new java.util.HashMap<>(Map.of("a-0", 0L));
    long newest = 0;
    int next = 1;
    for (long step = 1; step <= STEPS; step++) {
      int action = version.size() < 4 ? 0 : r.nextInt(3);
      if (action == 2) {
        long newestStep = newest;
        List<String> old = new ArrayList<>(writtenAt.keySet().stream().filter(id -> writtenAt.get(id) < newestStep)
            .sorted().toList());
        if (old.isEmpty()) {
          action = 1;
        } else {
          String id = old.get(r.nextInt(old.size()));
          version.remove(id);
          writtenAt.remove(id);
          // recorded before the commit: a search can see the new state as soon as it is committed
          totalsAtStep.computeIfAbsent(newest, k -> ConcurrentHashMap.newKeySet()).add((long) version.size());
          assertTrue(lede.delete(id));
          deletes[0]++;
          continue;
        }
      }
      List<Article> batch = new ArrayList<>();
      if (action == 0) {
        for (int k = 0; k < 2; k++) {
          String id = "a-" + next++;
          version.put(id, 0);
          batch.add(article(id, 0, step));
        }
        adds[0]++;
      } else {
        List<String> ids = new ArrayList<>(version.keySet());
        Collections.sort(ids);
        for (int k = 0; k < 2; k++) {
          String id = ids.get(r.nextInt(ids.size()));
          int v = version.merge(id, 1, Integer::sum);
          batch.removeIf(a -> a.id().equals(id));
          batch.add(article(id, v, step));
        }
        updates[0]++;
      }
      for (Article a : batch) {
        writtenAt.put(a.id(), step);
      }
      newest = step;
      totalsAtStep.computeIfAbsent(step, k -> ConcurrentHashMap.newKeySet()).add((long) version.size());
      lede.indexArticles(batch);
    }
  }

  private void search(Lede lede, int seed) {
    long lastStep = -1;
    SplittableRandom r = new SplittableRandom(seed);
    while (writing.get()) {
      try {
        // The newest article and the total, from one snapshot.
        SearchResults newest = lede.search(SearchRequest.builder("ledger").sort(SortOrder.NEWEST).size(1)
            .exactTotal(true).highlight(false).build());
        articleSearches.incrementAndGet();
        long step = ChronoUnit.DAYS.between(BASE, newest.hits().get(0).published());
        Set<Long> totals = totalsAtStep.get(step);
        if (totals == null || !totals.contains(newest.total())) {
          problems.add("total " + newest.total() + " with newest step " + step + "; the writer had " + totals);
        }
        if (step < lastStep) {
          problems.add("went back from step " + lastStep + " to " + step);
        }
        lastStep = step;

        // Hits with their matched quotes: the same version in both.
        SearchResults hits = lede.search(SearchRequest.builder("ledger AND quote:ledger")
            .size(1 + r.nextInt(20)).build());
        articleSearches.incrementAndGet();
        for (SearchHit hit : hits.hits()) {
          String v = versionIn(hit.headline());
          if (hit.quotes().isEmpty()) {
            problems.add(hit.id() + " matched without its quote");
          }
          for (MatchedQuote q : hit.quotes()) {
            if (!v.equals(versionIn(q.text()))) {
              problems.add(hit.id() + ": headline version " + v + ", quote " + q.text());
            }
          }
        }

        // Quotes with their articles' headlines: the same version in both.
        for (QuoteHit q : lede.quotes("ledger").hits()) {
          if (!versionIn(q.text()).equals(versionIn(q.headline()))) {
            problems.add(q.articleId() + ": quote " + q.text() + ", headline " + q.headline());
          }
        }
        quoteSearches.incrementAndGet();
      } catch (RuntimeException e) {
        problems.add(Thread.currentThread().getName() + ": " + e);
      }
    }
  }

  private static String versionIn(String text) {
    int at = text.lastIndexOf("version ");
    if (at < 0) {
      return "none in '" + text + "'";
    }
    int end = at + "version ".length();
    while (end < text.length() && Character.isDigit(text.charAt(end))) {
      end++;
    }
    return text.substring(at + "version ".length(), end);
  }
}
