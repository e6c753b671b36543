package io.github.lede.search;

import io.github.lede.index.Schema;
import io.github.lede.index.SearchDeadline;
import io.github.lede.model.Highlight;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks a query's words in whole quotes: the quote hits of a quote search, and the matched quotes of an
 * article hit. A quote is one passage (the whole text, no sentence breaks), its matches as spans, cut to a
 * window of the request's passage length around its first match when longer, exactly as field highlights
 * are. Offsets come from the postings of the quote field, so nothing is analysed again.
 */
final class QuoteMarks {
  private final Analyzer analyzer;
  /** The highlighter for the searcher last seen: built once per index view, not once per search. */
  private volatile Bound bound;

  QuoteMarks(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * Per quote document, in the order given, the quote with the query's matches; null where nothing of the
   * query is in the quote's words or the search's deadline came first. Groups are marked one at a time, in
   * order, while the search has time, with the query rewritten once for all of them.
   *
   * @param groups quote documents (top-level ids), one group per hit; a group is marked in one call
   */
  Highlight[][] mark(IndexSearcher searcher, Query query, int[][] groups, int passageLength) throws IOException {
    Highlight[][] out = new Highlight[groups.length][];
    for (int i = 0; i < groups.length; i++) {
      out[i] = new Highlight[groups[i].length];
    }
    Highlighter highlighter = highlighter(searcher, passageLength);
    try {
      Query rewritten = searcher.rewrite(query);
      for (int i = 0; i < groups.length && !SearchDeadline.passed(); i++) {
        if (groups[i].length == 0) {
          continue;
        }
        Object[] found = highlighter.quotes(rewritten, groups[i]);
        for (int j = 0; found != null && j < found.length; j++) {
          if (found[j] instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Highlight h) {
            out[i][j] = h;
          }
        }
      }
    } catch (ExitableDirectoryReader.ExitingReaderException timeUp) {
      // The quotes marked so far keep their marks.
    }
    return out;
  }

  /** A quote without marks: whole, or its head cut to the passage length, as a highlight with no spans. */
  static Highlight unmarked(String text, int passageLength) {
    return PassageWindow.of(text, 0, text.length(), List.of(), passageLength);
  }

  /**
   * The highlighter bound to {@code searcher} and a passage length; a UnifiedHighlighter holds no per-call
   * state, so threads share it.
   */
  private Highlighter highlighter(IndexSearcher searcher, int passageLength) {
    Bound b = bound;
    if (b == null || b.searcher() != searcher || b.passageLength() != passageLength) {
      b = new Bound(searcher, passageLength, new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
          .withMaxLength(Integer.MAX_VALUE - 1)
          .withMaxNoHighlightPassages(0)
          .withBreakIterator(WholeBreakIterator::new)
          .withFlags(EnumSet.of(UnifiedHighlighter.HighlightFlag.PHRASES,
              UnifiedHighlighter.HighlightFlag.MULTI_TERM_QUERY, UnifiedHighlighter.HighlightFlag.WEIGHT_MATCHES))
          .withFormatter(new Highlights.SpanFormatter(passageLength))));
      bound = b;
    }
    return b.highlighter();
  }

  private record Bound(IndexSearcher searcher, int passageLength, Highlighter highlighter) {}

  /** Opens the structured-object entry point the UnifiedHighlighter keeps protected. */
  private static final class Highlighter extends UnifiedHighlighter {
    Highlighter(Builder builder) {
      super(builder);
    }

    /** One entry per document, in the order given. */
    Object[] quotes(Query query, int[] docs) throws IOException {
      Map<String, Object[]> byField = highlightFieldsAsObjects(new String[] {Schema.QUOTE}, query, docs, new int[] {1});
      return byField.get(Schema.QUOTE);
    }
  }
}
