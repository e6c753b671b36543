package io.github.lede.search;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * The proximity boost: a query of two or more plain words (no field, quotes, wildcards, groups or NOT; AND
 * between them is fine) ranks higher the articles whose body holds those words next to each other, in the
 * order typed. "heating oil" then prefers "heating oil" to an article that mentions heating in one paragraph
 * and oil in another, which scoring word by word cannot tell apart. The boost is one optional phrase clause
 * weighing as much as one more word: it never changes which articles match (a phrase match implies its words
 * match), costs a phrase search over the articles holding all the words, and highlights the adjacent words
 * as one span, as a quoted phrase does. A query with structure of its own is the user's to shape, and is
 * left as written.
 *
 * <p>Adjacent, not within a window: on the Reuters topics a window of 2 to 20 words ranked no better than
 * adjacency (README, Ranking), and a window's match would highlight the words between.
 */
final class Adjacency {
  /** A plain word as the parser read it, and the query it made (null for a stop word). */
  record Word(String text, Query query) {}

  private Adjacency() {}

  /** The query with the boost clause added, or the query itself when it is not two or more plain words. */
  static Query boost(Query parsed, List<Word> words, QueryBuilder analysis) {
    if (!(parsed instanceof BooleanQuery bq) || bq.clauses().size() < 2) {
      return parsed;
    }
    Set<Query> made = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Word w : words) {
      if (w.query() != null) {
        made.add(w.query());
      }
    }
    for (BooleanClause c : bq.clauses()) {
      if (!made.contains(c.query()) || !(c.occur() == Occur.SHOULD || c.occur() == Occur.MUST)) {
        return parsed;
      }
    }
    // The words as one text, stop words included, so a stop word between two words leaves its gap: "price
    // of gold" finds "price of gold" and "price for gold", as the quoted phrase would.
    String text = words.stream().map(Word::text).collect(Collectors.joining(" "));
    Query phrase = analysis.createPhraseQuery(QueryFields.ADJACENCY_FIELD, text);
    if (!(phrase instanceof PhraseQuery || phrase instanceof MultiPhraseQuery)) {
      return parsed;
    }
    BooleanQuery.Builder out = new BooleanQuery.Builder();
    for (BooleanClause c : bq.clauses()) {
      out.add(c);
    }
    out.add(QueryFields.ADJACENCY_WEIGHT == 1f ? phrase : new BoostQuery(phrase, QueryFields.ADJACENCY_WEIGHT),
        Occur.SHOULD);
    return out.build();
  }
}
