package io.github.lede.search;

import io.github.lede.index.Schema;
import io.github.lede.index.SearchDeadline;
import io.github.lede.model.MatchedQuote;
import io.github.lede.model.SpeakerKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.util.BitSet;

/**
 * The quotes of each hit that the query's quote clauses matched. An article query reaches its quotes through
 * block joins ({@link QuoteJoins}); the joins' child queries, taken together, say which quotes made an
 * article match, and for a page of hits those quotes are found among each hit's own block, the documents
 * just before it. Joins under NOT are left out: they say which quotes an article must not have.
 */
final class MatchedQuotes {
  private static final Set<String> FIELDS = Set.of(Schema.QUOTE, Schema.SPEAKER, Schema.SPEAKER_KIND,
      Schema.SPEAKER_AS_WRITTEN);

  private MatchedQuotes() {}

  /** Any quote a positive join of the article query asks for; null when the query asks for none. */
  static Query wanted(Query articleQuery) {
    List<Query> children = new ArrayList<>();
    collect(articleQuery, children);
    if (children.isEmpty()) {
      return null;
    }
    if (children.size() == 1) {
      return children.get(0);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    children.forEach(c -> any.add(c, Occur.SHOULD));
    return any.build();
  }

  private static void collect(Query q, List<Query> children) {
    if (q instanceof ToParentBlockJoinQuery join) {
      children.add(join.getChildQuery());
    } else if (q instanceof BoostQuery b) {
      collect(b.getQuery(), children);
    } else if (q instanceof BooleanQuery bq) {
      for (BooleanClause c : bq.clauses()) {
        if (c.occur() != Occur.MUST_NOT) {
          collect(c.query(), children);
        }
      }
    }
  }

  /**
   * For each hit of the page, its quotes that {@code wanted} matches, in document (article) order, at most
   * {@code limit + 1} of them (one past the limit tells the hit that its list was cut). Hits are taken in
   * rank order while the search has time: the list stops at the first hit not reached.
   */
  static List<List<MatchedQuote>> of(IndexSearcher searcher, Query wanted, ScoreDoc[] page, int limit)
      throws IOException {
    List<List<MatchedQuote>> out = new ArrayList<>(page.length);
    try {
      Weight weight = searcher.createWeight(searcher.rewrite(wanted), ScoreMode.COMPLETE_NO_SCORES, 1f);
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      StoredFields stored = searcher.storedFields();
      for (int i = 0; i < page.length && !SearchDeadline.passed(); i++) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(page[i].doc, leaves));
        out.add(inBlock(weight, leaf, page[i].doc - leaf.docBase, stored, limit + 1));
      }
    } catch (ExitableDirectoryReader.ExitingReaderException timeUp) {
      // Out of time expanding the quote clauses' wildcards: the hits reached so far keep their quotes.
    }
    return out;
  }

  /** The matching quotes among the children of the article at {@code article} (a segment's doc id). */
  private static List<MatchedQuote> inBlock(Weight weight, LeafReaderContext leaf, int article, StoredFields stored,
      int most) throws IOException {
    BitSet articles = QuoteJoins.ARTICLE_DOCS.getBitSet(leaf);
    // The block starts after the previous article; an article with no quotes has no documents before it.
    int first = article == 0 || articles == null ? 0 : articles.prevSetBit(article - 1) + 1;
    ScorerSupplier supplier = first < article ? weight.scorerSupplier(leaf) : null;
    if (supplier == null) {
      return List.of();
    }
    // A fresh scorer per hit: hits come in score order, and an iterator only moves forward.
    Scorer scorer = supplier.get(Long.MAX_VALUE);
    TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
    DocIdSetIterator docs = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
    List<MatchedQuote> found = new ArrayList<>();
    for (int d = docs.advance(first); d < article && found.size() < most; d = docs.nextDoc()) {
      if (twoPhase == null || twoPhase.matches()) {
        found.add(read(stored, leaf.docBase + d));
      }
    }
    return found;
  }

  /** A quote document's stored text and speaker: what quote hits and matched quotes show. */
  static MatchedQuote read(StoredFields stored, int doc) throws IOException {
    Document d = stored.document(doc, FIELDS);
    String speaker = d.get(Schema.SPEAKER);
    return new MatchedQuote(d.get(Schema.QUOTE), speaker, kind(speaker, d.get(Schema.SPEAKER_KIND)),
        d.get(Schema.SPEAKER_AS_WRITTEN));
  }

  /** The stored kind of a quote's speaker; a speaker stored without one is some other source. */
  private static SpeakerKind kind(String speaker, String stored) {
    return speaker == null ? SpeakerKind.NONE
        : stored == null ? SpeakerKind.OTHER : SpeakerKind.valueOf(stored.toUpperCase(Locale.ROOT));
  }
}
