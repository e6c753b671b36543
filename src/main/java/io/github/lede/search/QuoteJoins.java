package io.github.lede.search;

import io.github.lede.index.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;

/**
 * Moves the clauses of a parsed query to the level of document they are about. Quote fields ({@code quote:},
 * {@code speaker:}) live on the quote children of an article's block; the other fields on the article.
 *
 * <p>In an article search, the quote clauses that a group joins with AND (or +) describe one quote:
 * {@code speaker:"Jenny Town" AND quote:trade} finds an article with a quote by Jenny Town that mentions trade,
 * not one where she is quoted on something else and trade comes up in another quote. A NOT in such a group
 * excludes from that same quote ({@code speaker:town AND NOT quote:trade}: a quote of hers that does not
 * mention trade). Quote clauses joined with OR, and a NOT with no quote clause beside it ({@code body:trade
 * AND NOT speaker:town}: no quote of hers at all), each ask about any quote of the article. A group that mixes
 * quote and article fields is taken apart the same way, level by level. An article scores as its best quote.
 *
 * <p>In a quote search it is the other way round: article clauses ({@code person:putin},
 * {@code headline:grid}) select the articles whose quotes may match.
 */
final class QuoteJoins {
  private static final Set<String> QUOTE_FIELDS = Set.of(Schema.QUOTE, Schema.SPEAKER, Schema.SPEAKER_NAME,
      Schema.SPEAKER_AS_WRITTEN);
  static final Query ARTICLES = new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE));
  static final Query QUOTES = new TermQuery(new Term(Schema.TYPE, Schema.TYPE_QUOTE));
  /** Which documents are articles, per segment: the join's idea of a block's last document. */
  static final BitSetProducer ARTICLE_DOCS = new QueryBitSetProducer(ARTICLES);

  private enum Level { ARTICLE, QUOTE, MIXED }

  private QuoteJoins() {}

  /** The query for article search: quote clauses joined to their article. */
  static Query forArticles(Query q) {
    Level level = level(q);
    if (level == Level.ARTICLE) {
      return q;
    }
    if (level == Level.QUOTE) {
      return toArticle(q);
    }
    if (q instanceof BoostQuery b) {
      return new BoostQuery(forArticles(b.getQuery()), b.getBoost());
    }
    if (!(q instanceof BooleanQuery bq)) {
      return q;
    }
    BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
    BooleanQuery.Builder oneQuote = new BooleanQuery.Builder();
    boolean positive = false;
    List<Query> excluded = new ArrayList<>();
    for (BooleanClause c : bq.clauses()) {
      boolean quoteLevel = level(c.query()) == Level.QUOTE;
      if (quoteLevel && (c.occur() == Occur.MUST || c.occur() == Occur.FILTER)) {
        oneQuote.add(c.query(), c.occur());
        positive = true;
      } else if (quoteLevel && c.occur() == Occur.MUST_NOT) {
        excluded.add(c.query());
      } else if (quoteLevel) {
        out.add(toArticle(c.query()), c.occur());
      } else {
        out.add(forArticles(c.query()), c.occur());
      }
    }
    if (positive) {
      excluded.forEach(x -> oneQuote.add(x, Occur.MUST_NOT));
      out.add(toArticle(oneQuote.build()), Occur.MUST);
    } else {
      excluded.forEach(x -> out.add(toArticle(x), Occur.MUST_NOT));
    }
    return out.build();
  }

  /** The query for quote search: article clauses select the articles whose quotes count. */
  static Query forQuotes(Query q) {
    Level level = level(q);
    if (level == Level.QUOTE) {
      return q;
    }
    if (level == Level.ARTICLE) {
      Query articles = new BooleanQuery.Builder().add(q, Occur.MUST).add(ARTICLES, Occur.FILTER).build();
      return new ToChildBlockJoinQuery(articles, ARTICLE_DOCS);
    }
    if (q instanceof BoostQuery b) {
      return new BoostQuery(forQuotes(b.getQuery()), b.getBoost());
    }
    if (!(q instanceof BooleanQuery bq)) {
      return q;
    }
    BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
    for (BooleanClause c : bq.clauses()) {
      out.add(forQuotes(c.query()), c.occur());
    }
    return out.build();
  }

  private static Query toArticle(Query quoteQuery) {
    Query quotes = new BooleanQuery.Builder().add(quoteQuery, Occur.MUST).add(QUOTES, Occur.FILTER).build();
    return new ToParentBlockJoinQuery(quotes, ARTICLE_DOCS, ScoreMode.Max);
  }

  private static Level level(Query q) {
    if (q instanceof BoostQuery b) {
      return level(b.getQuery());
    }
    if (q instanceof BooleanQuery bq) {
      Level level = null;
      for (BooleanClause c : bq.clauses()) {
        Level l = level(c.query());
        level = level == null ? l : level == l ? l : Level.MIXED;
      }
      return level == null ? Level.ARTICLE : level;
    }
    Set<String> fields = new HashSet<>();
    q.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        fields.add(field);
        return false;
      }

      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        return this;
      }
    });
    if (fields.isEmpty()) {
      return Level.ARTICLE;
    }
    boolean quote = false;
    boolean article = false;
    for (String f : fields) {
      if (QUOTE_FIELDS.contains(f)) {
        quote = true;
      } else {
        article = true;
      }
    }
    return quote && article ? Level.MIXED : quote ? Level.QUOTE : Level.ARTICLE;
  }
}
