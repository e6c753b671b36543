package io.github.lede.search;

import io.github.lede.LedeException;
import io.github.lede.LedeOptions;
import io.github.lede.index.ArticleDocuments;
import io.github.lede.index.Schema;
import io.github.lede.index.SearchDeadline;
import io.github.lede.model.Article;
import io.github.lede.model.QuoteHit;
import io.github.lede.model.QuoteRequest;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import io.github.lede.query.AnalyzedToken;
import io.github.lede.query.QueryNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * What a store on another engine borrows from lede's search: the neutral tree of a request's query, and the
 * hits of a page it found. Hits are built by the same code as the embedded index's, on the page's articles
 * indexed in memory: highlight passages and spans and matched quotes depend on the query and the article
 * alone (never on the rest of the index), so they come out the same as the embedded store's.
 */
public final class NeutralSearch {
  private final Analyzer analyzer = Schema.analyzer();
  private final ArticleSearcher articles;
  private final QuoteSearcher quotes;

  public NeutralSearch(LedeOptions options) {
    articles = new ArticleSearcher(analyzer, options.searchTimeout(), options.maxQueryLength());
    quotes = new QuoteSearcher(analyzer, options.searchTimeout(), options.maxQueryLength());
  }

  /** The whole query of an article search, filters included. */
  public QueryNode articleQuery(SearchRequest request) {
    return NeutralQueries.of(articles.query(request), request.query());
  }

  /** The whole query of a quote search, at the level of quotes, filters included. */
  public QueryNode quoteQuery(QuoteRequest request) {
    return NeutralQueries.of(quotes.query(request), request.query());
  }

  /** The tokens lede's analysis makes of a text in a field: what another engine's analysis must equal. */
  public List<AnalyzedToken> analyze(String field, String text) {
    List<AnalyzedToken> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += increment.getPositionIncrement();
        out.add(new AnalyzedToken(term.toString(), position, offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    } catch (IOException e) {
      throw new LedeException("analysis failed: " + e.getMessage(), e);
    }
    return out;
  }

  /** The hits for a page of articles another store found, with their scores (NaN when sorted by date). */
  public List<SearchHit> articleHits(SearchRequest request, List<Article> page, float[] scores, long deadline) {
    Query scoring = articles.scoring(request);
    Query query = Queries.build(scoring, request);
    return inMemory(page, deadline, (searcher, articleDocs) -> {
      ScoreDoc[] docs = new ScoreDoc[page.size()];
      for (int i = 0; i < docs.length; i++) {
        docs[i] = new ScoreDoc(articleDocs.get(page.get(i)), scores[i]);
      }
      return articles.hits(searcher, request, scoring, query, docs);
    });
  }

  /**
   * The hits for a page of quotes another store found: quote {@code quoteIndexes[i]} of {@code page.get(i)},
   * with its score.
   */
  public List<QuoteHit> quoteHits(QuoteRequest request, List<Article> page, int[] quoteIndexes, float[] scores,
      long deadline) {
    Query scoring = quotes.scoring(request);
    return inMemory(page, deadline, (searcher, articleDocs) -> {
      ScoreDoc[] docs = new ScoreDoc[page.size()];
      for (int i = 0; i < docs.length; i++) {
        Article a = page.get(i);
        if (quoteIndexes[i] < 0 || quoteIndexes[i] >= a.quotes().size()) {
          throw new LedeException("article " + a.id() + " has no quote " + quoteIndexes[i]);
        }
        // A block is the article's quotes in order, then the article.
        docs[i] = new ScoreDoc(articleDocs.get(a) - a.quotes().size() + quoteIndexes[i], scores[i]);
      }
      return quotes.hits(searcher, request, scoring, docs);
    });
  }

  private interface PageWork<T> {
    T run(IndexSearcher searcher, Map<Article, Integer> articleDocs) throws IOException;
  }

  /**
   * Indexes each distinct article of the page once, as the embedded index does, and runs the work on it with
   * the search's deadline ({@link System#nanoTime()} terms) on this thread's clock.
   */
  /**
   * A page's index lives for one search and is read once: no compound file, no merges, no commit on close
   * (each would copy or write what nobody reads).
   */
  private IndexWriterConfig pageConfig() {
    return new IndexWriterConfig(analyzer)
        .setUseCompoundFile(false)
        .setMergePolicy(NoMergePolicy.INSTANCE)
        .setMergeScheduler(new SerialMergeScheduler())
        .setCommitOnClose(false);
  }

  private <T> T inMemory(List<Article> page, long deadline, PageWork<T> work) {
    SearchDeadline.start(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, pageConfig())) {
      Map<Article, Integer> articleDocs = new IdentityHashMap<>();
      int next = 0;
      List<Article> distinct = new ArrayList<>();
      for (Article a : page) {
        if (!articleDocs.containsKey(a)) {
          next += a.quotes().size() + 1;
          articleDocs.put(a, next - 1);
          distinct.add(a);
        }
      }
      for (Article a : distinct) {
        writer.addDocuments(ArticleDocuments.of(a));
      }
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        return work.run(new IndexSearcher(reader), articleDocs);
      }
    } catch (IOException e) {
      throw new LedeException("building hits failed: " + e.getMessage(), e);
    } finally {
      SearchDeadline.stop();
    }
  }
}
