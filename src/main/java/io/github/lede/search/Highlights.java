package io.github.lede.search;

import io.github.lede.index.Schema;
import io.github.lede.index.SearchDeadline;
import io.github.lede.model.Highlight;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlights hits with Lucene's UnifiedHighlighter, reading offsets from the postings (no re-analysis),
 * sentence by sentence, with a phrase matched as one span (weight matches), over the whole field: the
 * default 10,000-character cut-off is lifted, so the end of a long article is highlighted too. Passages come
 * back as structured {@link Highlight}s, not markup, each cut to the request's passage length around its
 * first match ({@link PassageWindow}).
 *
 * <p>Highlighting runs inside the search's time limit ({@link SearchDeadline}): hits are highlighted one at a
 * time in rank order until the limit passes, and the rest come without highlights. The query is rewritten
 * once for all of them, so a fuzzy word is expanded once, not again for every hit and field.
 */
final class Highlights {
  /** Fields highlighted, in the order results list them. */
  static final String[] FIELDS = {Schema.HEADLINE, Schema.DEK, Schema.BODY, Schema.CAPTION};

  private Highlights() {}

  /**
   * Per hit (in the order of {@code docs}), per field with a match, the passages in text order; hits not
   * reached before the deadline have none.
   *
   * @param loaded the stored documents of {@code docs}, already read for the hits, holding the highlighted
   *     fields: the highlighter takes the text from them instead of decompressing each document again
   */
  static List<Map<String, List<Highlight>>> of(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docs,
      Document[] loaded, int passages, int passageLength) throws IOException {
    List<Map<String, List<Highlight>>> out = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      out.add(Map.of());
    }
    Map<Integer, Document> byDoc = new HashMap<>(docs.length * 2);
    for (int i = 0; i < docs.length; i++) {
      byDoc.put(docs[i], loaded[i]);
    }
    Highlighter h = new Highlighter(byDoc, UnifiedHighlighter.builder(searcher, analyzer)
        .withMaxLength(Integer.MAX_VALUE - 1)
        .withMaxNoHighlightPassages(0)
        .withFlags(EnumSet.of(UnifiedHighlighter.HighlightFlag.PHRASES,
            UnifiedHighlighter.HighlightFlag.MULTI_TERM_QUERY, UnifiedHighlighter.HighlightFlag.WEIGHT_MATCHES))
        .withFormatter(new SpanFormatter(passageLength)));
    int[] max = {1, 1, passages, passages};
    try {
      Query rewritten = searcher.rewrite(query);
      for (int i = 0; i < docs.length && !SearchDeadline.passed(); i++) {
        Map<String, Object[]> byField = h.highlightAsObjects(FIELDS, rewritten, new int[] {docs[i]}, max);
        Map<String, List<Highlight>> fields = new LinkedHashMap<>();
        for (String f : FIELDS) {
          Object[] values = byField.get(f);
          if (values != null && values[0] instanceof List<?> list && !list.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Highlight> hl = (List<Highlight>) list;
            fields.put(f, hl);
          }
        }
        out.set(i, fields);
      }
    } catch (ExitableDirectoryReader.ExitingReaderException timeUp) {
      // The deadline passed inside a term enumeration: the hits reached so far keep their highlights.
    }
    return out;
  }

  /**
   * Opens the structured-object entry point the UnifiedHighlighter keeps protected, and hands it the field
   * values of documents the search already read.
   */
  private static final class Highlighter extends UnifiedHighlighter {
    /** UnifiedHighlighter.MULTIVAL_SEP_CHAR: what it puts between the values of a multi-valued field. */
    private static final char MULTIVALUE_SEPARATOR = '\u0000';

    private final Map<Integer, Document> loaded;

    Highlighter(Map<Integer, Document> loaded, Builder builder) {
      super(builder);
      this.loaded = loaded;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
        int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> out = new ArrayList<>();
      for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
        Document d = loaded.get(doc);
        CharSequence[] values = new CharSequence[fields.length];
        for (int f = 0; f < fields.length; f++) {
          values[f] = join(d.getValues(fields[f]));
        }
        out.add(values);
      }
      return out;
    }

    private static CharSequence join(String[] values) {
      if (values.length == 1) {
        return values[0];
      }
      return String.join(String.valueOf(MULTIVALUE_SEPARATOR), values);
    }

    Map<String, Object[]> highlightAsObjects(String[] fields, Query query, int[] docs, int[] max)
        throws IOException {
      return highlightFieldsAsObjects(fields, query, docs, max);
    }
  }

  /**
   * Turns passages into {@link Highlight}s: trimmed text, touching spans merged, cut to a window of
   * {@code maxLength} characters when longer.
   */
  static final class SpanFormatter extends PassageFormatter {
    /** UnifiedHighlighter.MULTIVAL_SEP_CHAR, which it keeps protected. */
    private static final char MULTIVALUE_SEPARATOR = '\u0000';

    private final int maxLength;

    SpanFormatter(int maxLength) {
      this.maxLength = maxLength;
    }

    int maxLength() {
      return maxLength;
    }

    @Override
    public Object format(Passage[] passages, String content) {
      List<Highlight> out = new ArrayList<>(passages.length);
      for (Passage p : passages) {
        int start = p.getStartOffset();
        int end = p.getEndOffset();
        while (start < end && isGap(content.charAt(start))) {
          start++;
        }
        while (end > start && isGap(content.charAt(end - 1))) {
          end--;
        }
        List<int[]> matches = new ArrayList<>(p.getNumMatches());
        for (int m = 0; m < p.getNumMatches(); m++) {
          int s = Math.max(p.getMatchStarts()[m], start);
          int e = Math.min(p.getMatchEnds()[m], end);
          if (e <= s) {
            continue;
          }
          int[] last = matches.isEmpty() ? null : matches.get(matches.size() - 1);
          if (last != null && s <= last[1]) {
            last[1] = Math.max(last[1], e);
          } else {
            matches.add(new int[] {s, e});
          }
        }
        out.add(PassageWindow.of(content, start, end, matches, maxLength));
      }
      return out;
    }

    /** White space, and the separator the highlighter puts between the values of a multi-valued field. */
    private static boolean isGap(char c) {
      return Character.isWhitespace(c) || c == MULTIVALUE_SEPARATOR;
    }
  }
}
