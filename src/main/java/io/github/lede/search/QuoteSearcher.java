package io.github.lede.search;

import io.github.lede.index.Schema;
import io.github.lede.index.SearchDeadline;
import io.github.lede.model.Highlight;
import io.github.lede.model.MatchedQuote;
import io.github.lede.model.QuoteHit;
import io.github.lede.model.QuoteRequest;
import io.github.lede.model.QuoteResults;
import io.github.lede.model.SortOrder;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
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
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BitSet;

/**
 * Runs a {@link QuoteRequest} on the quote children of the index: the query scores the quote's words,
 * filters pick speakers and publication days (quote children carry their article's date), and each hit
 * reads its article, the next document of its block, for id, headline and date. Highlights mark the query's
 * words in the whole quote, cut to a window of the request's passage length when longer. Like an article
 * search, all of it runs within the time limit and says when it ran out.
 */
public final class QuoteSearcher {
  private static final Set<String> ARTICLE_FIELDS = Set.of(Schema.ID, Schema.HEADLINE, Schema.PUBLISHED, Schema.SOURCE);

  private final Analyzer analyzer;
  private final Duration timeout;
  private final int maxQueryLength;
  private final ParsedQueries parsed;
  /** The highlighter for the searcher last seen: built once per index view, not once per search. */
  private volatile Highlighting highlighting;

  public QuoteSearcher(Analyzer analyzer, Duration timeout, int maxQueryLength) {
    this.analyzer = analyzer;
    this.timeout = timeout;
    this.maxQueryLength = maxQueryLength;
    this.parsed = new ParsedQueries(q -> Queries.parseQuotes(q, analyzer, maxQueryLength));
  }

  public QuoteResults search(IndexSearcher searcher, QuoteRequest request) throws IOException {
    SearchDeadline.start(timeout);
    try {
      return run(searcher, request);
    } finally {
      SearchDeadline.stop();
    }
  }

  /** The scoring part of a request's query: the words quotes must hold; null for a blank query. */
  public Query scoring(QuoteRequest request) {
    return parsed.get(request.query());
  }

  /** The complete Lucene query lede runs for a request: what benchmarks hand to a bare IndexSearcher. */
  public Query query(QuoteRequest request) {
    return query(request, scoring(request));
  }

  private Query query(QuoteRequest request, Query scoring) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(QuoteJoins.QUOTES, Occur.FILTER);
    if (scoring != null) {
      b.add(scoring, Occur.MUST);
    }
    if (!request.speakers().isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String s : request.speakers()) {
        any.add(Queries.parseQuotes("speaker:\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"", analyzer,
            maxQueryLength), Occur.SHOULD);
      }
      b.add(any.build(), Occur.FILTER);
    }
    if (request.published() != null) {
      long from = request.published().from() == null ? Long.MIN_VALUE : request.published().from().toEpochDay();
      long to = request.published().to() == null ? Long.MAX_VALUE : request.published().to().toEpochDay();
      b.add(LongPoint.newRangeQuery(Schema.PUBLISHED, from, to), Occur.FILTER);
    }
    return b.build();
  }

  private QuoteResults run(IndexSearcher searcher, QuoteRequest request) throws IOException {
    Query scoring = scoring(request);
    Query query = query(request, scoring);
    String key = Cursor.fingerprint(request);
    ScoreDoc after = request.after() == null ? null : Cursor.decode(request.after(), request.sort(), key);
    int want = request.size() + 1;
    TopDocs top;
    try {
      top = request.sort() == SortOrder.RELEVANCE
          ? searcher.search(query, new TopScoreDocCollectorManager(want, after, ArticleSearcher.COUNT_THRESHOLD))
          : searcher.search(query, new TopFieldCollectorManager(dateSort(request.sort()), want, (FieldDoc) after,
              ArticleSearcher.COUNT_THRESHOLD));
    } catch (ExitableDirectoryReader.ExitingReaderException e) {
      // Out of time while the query's wildcards expanded, before any quote was scored.
      return new QuoteResults(0, true, List.of(), null, true);
    }
    boolean more = top.scoreDocs.length > request.size();
    ScoreDoc[] page = more ? java.util.Arrays.copyOf(top.scoreDocs, request.size()) : top.scoreDocs;
    List<QuoteHit> hits = hits(searcher, request, scoring, page);
    boolean timedOut = SearchDeadline.passed();
    boolean lowerBound = top.totalHits.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO || timedOut;
    String next = more ? Cursor.encode(request.sort(), key, page[page.length - 1]) : null;
    return new QuoteResults(top.totalHits.value(), lowerBound, hits, next, timedOut);
  }

  /**
   * The hits of a page of quote documents, highlighted when the request asks (while the search has time).
   * Also builds the hits of another store's page, from its articles indexed in memory.
   */
  List<QuoteHit> hits(IndexSearcher searcher, QuoteRequest request, Query scoring, ScoreDoc[] page)
      throws IOException {
    Highlight[] marked = request.highlight() && scoring != null && page.length > 0
        ? highlights(searcher, scoring, page, request.passageLength()) : new Highlight[page.length];
    List<QuoteHit> hits = new ArrayList<>(page.length);
    StoredFields stored = searcher.storedFields();
    for (int i = 0; i < page.length; i++) {
      hits.add(hit(searcher, stored, page[i], marked[i], request.passageLength()));
    }
    return hits;
  }

  private QuoteHit hit(IndexSearcher searcher, StoredFields stored, ScoreDoc sd, Highlight marked, int passageLength)
      throws IOException {
    MatchedQuote quote = MatchedQuotes.read(stored, sd.doc);
    Document article = stored.document(articleOf(searcher, sd.doc), ARTICLE_FIELDS);
    String published = article.get(Schema.PUBLISHED);
    Highlight highlight = marked != null ? marked
        : PassageWindow.of(quote.text(), 0, quote.text().length(), List.of(), passageLength);
    return new QuoteHit(sd.score, quote.text(), quote.speaker(), quote.speakerKind(), quote.speakerAsWritten(),
        highlight, article.get(Schema.ID), article.get(Schema.HEADLINE), published == null ? null : LocalDate.parse(published), article.get(Schema.SOURCE));
  }

  /** The article of a quote: the first article document at or after it, in its segment (the block's last). */
  private static int articleOf(IndexSearcher searcher, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    BitSet articles = QuoteJoins.ARTICLE_DOCS.getBitSet(leaf);
    return leaf.docBase + articles.nextSetBit(doc - leaf.docBase);
  }

  /**
   * The whole quote as one passage (cut to {@code passageLength} around its first match), with the query's
   * matches as spans; null where nothing matched or the deadline came first. Quotes are marked one at a time
   * in rank order while the search has time, with the query rewritten once for all of them.
   */
  private Highlight[] highlights(IndexSearcher searcher, Query scoring, ScoreDoc[] page, int passageLength)
      throws IOException {
    Highlight[] out = new Highlight[page.length];
    QuoteHighlighter highlighter = highlighter(searcher, passageLength);
    try {
      Query rewritten = searcher.rewrite(scoring);
      for (int i = 0; i < page.length && !SearchDeadline.passed(); i++) {
        Object[] found = highlighter.quotes(rewritten, new int[] {page[i].doc});
        if (found != null && found[0] instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Highlight h) {
          out[i] = h;
        }
      }
    } catch (ExitableDirectoryReader.ExitingReaderException timeUp) {
      // The quotes marked so far keep their marks.
    }
    return out;
  }

  /**
   * The highlighter bound to {@code searcher} and a passage length; a UnifiedHighlighter holds no per-call
   * state, so threads share it.
   */
  private QuoteHighlighter highlighter(IndexSearcher searcher, int passageLength) {
    Highlighting h = highlighting;
    if (h == null || h.searcher() != searcher || h.passageLength() != passageLength) {
      h = new Highlighting(searcher, passageLength, new QuoteHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
          .withMaxLength(Integer.MAX_VALUE - 1)
          .withMaxNoHighlightPassages(0)
          .withBreakIterator(WholeBreakIterator::new)
          .withFlags(EnumSet.of(UnifiedHighlighter.HighlightFlag.PHRASES,
              UnifiedHighlighter.HighlightFlag.MULTI_TERM_QUERY, UnifiedHighlighter.HighlightFlag.WEIGHT_MATCHES))
          .withFormatter(new Highlights.SpanFormatter(passageLength))));
      highlighting = h;
    }
    return h.highlighter();
  }

  private record Highlighting(IndexSearcher searcher, int passageLength, QuoteHighlighter highlighter) {}

  private static Sort dateSort(SortOrder order) {
    boolean newest = order == SortOrder.NEWEST;
    SortField f = new SortField(Schema.PUBLISHED, SortField.Type.LONG, newest);
    f.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new Sort(f);
  }

  /** Opens the structured-object entry point the UnifiedHighlighter keeps protected. */
  private static final class QuoteHighlighter extends UnifiedHighlighter {
    QuoteHighlighter(Builder builder) {
      super(builder);
    }

    Object[] quotes(Query query, int[] docs) throws IOException {
      return highlightFieldsAsObjects(new String[] {Schema.QUOTE}, query, docs, new int[] {1}).get(Schema.QUOTE);
    }
  }
}
