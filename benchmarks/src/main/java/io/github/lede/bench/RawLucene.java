package io.github.lede.bench;

import io.github.lede.index.Schema;
import io.github.lede.model.QuoteRequest;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SortOrder;
import io.github.lede.search.ArticleSearcher;
import io.github.lede.search.Queries;
import io.github.lede.search.QuoteSearcher;
import io.github.lede.search.StoredArticles;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The baselines: what a developer would write with Lucene alone to answer the same request. Each takes
 * lede's own Lucene query for the request (so the comparison measures lede's work around the query, not a
 * different query), runs it on a plain IndexSearcher with Lucene's stock collectors, reads the same stored
 * fields and highlights with the UnifiedHighlighter called directly.
 */
final class RawLucene {
  /** One side of a pair: a search run once, its result handed to the blackhole. */
  interface Side {
    void run(Blackhole bh) throws IOException;

    /** Runs once and returns the nanoseconds it took: what the paired benchmarks add up per side. */
    default long timed(Blackhole bh) throws IOException {
      long start = System.nanoTime();
      run(bh);
      return System.nanoTime() - start;
    }
  }

  private static final String[] HIGHLIGHTED = {Schema.HEADLINE, Schema.BODY, Schema.CAPTION};
  private static final Set<String> QUOTE_FIELDS = Set.of(Schema.QUOTE, Schema.SPEAKER, Schema.SPEAKER_KIND);
  private static final Set<String> ARTICLE_FIELDS = Set.of(Schema.ID, Schema.HEADLINE, Schema.PUBLISHED,
      Schema.SOURCE);
  private static final EnumSet<UnifiedHighlighter.HighlightFlag> FLAGS = EnumSet.of(
      UnifiedHighlighter.HighlightFlag.PHRASES, UnifiedHighlighter.HighlightFlag.MULTI_TERM_QUERY,
      UnifiedHighlighter.HighlightFlag.WEIGHT_MATCHES);

  private final IndexSearcher searcher;
  private final Analyzer analyzer;
  private final ArticleSearcher articleQueries;
  private final QuoteSearcher quoteQueries;

  /**
   * A plain searcher over the reader, scoring as lede scores (BM25 with lede's parameters on the text fields,
   * {@link Schema#SIMILARITY}): the similarity is part of what a query means, so the baseline sets it too.
   */
  static IndexSearcher searcher(IndexReader reader) {
    IndexSearcher s = new IndexSearcher(reader);
    s.setSimilarity(Schema.SIMILARITY);
    return s;
  }

  RawLucene(IndexSearcher searcher, Analyzer analyzer) {
    this.searcher = searcher;
    this.analyzer = analyzer;
    this.articleQueries = new ArticleSearcher(analyzer, Duration.ofSeconds(10), 4000);
    this.quoteQueries = new QuoteSearcher(analyzer, Duration.ofSeconds(10), 4000);
  }

  Query query(SearchRequest request) {
    return articleQueries.query(request);
  }

  /** Top hits (by date for a date sort), their stored fields, and highlights when asked. */
  Side articles(SearchRequest request, ScoreDoc after) {
    return articles(articleQueries.query(request), Queries.parse(request.query(), analyzer, 4000), request, after);
  }

  /** The same for a query of the caller's: the whole query and its scoring part (what is highlighted). */
  Side articles(Query query, Query scoring, SearchRequest request, ScoreDoc after) {
    Sort sort = request.sort() == SortOrder.NEWEST ? newest() : null;
    int size = request.size();
    UnifiedHighlighter highlighter = request.highlight()
        ? UnifiedHighlighter.builder(searcher, analyzer).withMaxLength(Integer.MAX_VALUE - 1)
            .withMaxNoHighlightPassages(0).withFlags(FLAGS).build()
        : null;
    return bh -> {
      TopDocs top = sort != null
          ? searcher.search(query, new TopFieldCollectorManager(sort, size, (FieldDoc) after, 1000))
          : searcher.search(query, new TopScoreDocCollectorManager(size, after, 1000));
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        bh.consume(stored.document(sd.doc, StoredArticles.HIT_FIELDS));
      }
      if (highlighter != null) {
        bh.consume(highlighter.highlightFields(HIGHLIGHTED, scoring, top, new int[] {1, 3, 3}));
      }
      bh.consume(top);
    };
  }

  /** Top quotes, each with its own stored fields and its article's (the next article document in the block). */
  Side quotes(QuoteRequest request) {
    Query query = quoteQueries.query(request);
    Query scoring = quoteQueries.scoring(request);
    int size = request.size();
    BitSetProducer articles = new QueryBitSetProducer(new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE)));
    UnifiedHighlighter highlighter = request.highlight()
        ? UnifiedHighlighter.builder(searcher, analyzer).withMaxLength(Integer.MAX_VALUE - 1)
            .withMaxNoHighlightPassages(0).withBreakIterator(WholeBreakIterator::new).withFlags(FLAGS).build()
        : null;
    return bh -> {
      TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(size, null, 1000));
      StoredFields stored = searcher.storedFields();
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      for (ScoreDoc sd : top.scoreDocs) {
        bh.consume(stored.document(sd.doc, QUOTE_FIELDS));
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
        int article = leaf.docBase + articles.getBitSet(leaf).nextSetBit(sd.doc - leaf.docBase);
        bh.consume(stored.document(article, ARTICLE_FIELDS));
      }
      if (highlighter != null && scoring != null) {
        bh.consume(highlighter.highlightFields(new String[] {Schema.QUOTE}, scoring, top, new int[] {1}));
      }
      bh.consume(top);
    };
  }

  /**
   * The most frequent values of a doc-values field over the request's matches, with Lucene's facet module
   * ({@link StringValueFacetCounts}); its per-reader state is built once, as Lucene's documentation advises.
   */
  Side facet(SearchRequest request, String field, int top) throws IOException {
    Query query = articleQueries.query(request);
    StringDocValuesReaderState state = new StringDocValuesReaderState(searcher.getIndexReader(), field);
    return bh -> {
      FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
      bh.consume(new StringValueFacetCounts(state, hits).getTopChildren(top, field));
    };
  }

  private static Sort newest() {
    SortField f = new SortField(Schema.PUBLISHED, SortField.Type.LONG, true);
    f.setMissingValue(Long.MIN_VALUE);
    return new Sort(f);
  }
}
