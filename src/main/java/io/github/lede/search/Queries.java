package io.github.lede.search;

import io.github.lede.QuerySyntaxException;
import io.github.lede.index.Schema;
import io.github.lede.model.DateRange;
import io.github.lede.model.SearchRequest;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene query for a {@link SearchRequest}: the parsed user query (only text fields score), with
 * the request's filters and the article-type filter as non-scoring clauses. Bad queries become a
 * {@link QuerySyntaxException} with the position of the problem.
 */
public final class Queries {
  /** Parentheses nested deeper than this are refused before parsing: the parser recurses per level. */
  private static final int MAX_NESTING = 32;

  private static final Query ARTICLES = new TermQuery(new Term(Schema.TYPE, Schema.TYPE_ARTICLE));

  private Queries() {}

  /**
   * The scoring part: the user's query, or every article for a blank one. Clauses on quote fields
   * ({@code quote:}, {@code speaker:}) are joined to their articles (see {@link QuoteJoins}).
   */
  public static Query parse(String query, Analyzer analyzer, int maxLength) {
    if (query.isBlank()) {
      return new MatchAllDocsQuery();
    }
    return parse(query, analyzer, maxLength, QueryFields.DEFAULTS, QuoteJoins::forArticles, true);
  }

  /**
   * The scoring part of a quote search: words without a field search the quote's text; clauses on article
   * fields select the articles whose quotes count. Null for a blank query.
   */
  static Query parseQuotes(String query, Analyzer analyzer, int maxLength) {
    if (query.isBlank()) {
      return null;
    }
    return parse(query, analyzer, maxLength, QueryFields.QUOTE_DEFAULTS, QuoteJoins::forQuotes, false);
  }

  /**
   * Parses, joins quote clauses to their level, and keeps the result within Lucene's clause limit: fuzzy
   * words are given fewer terms each when they would pass it, and a query that passes it all the same is
   * refused with its count (see {@link QueryLimits}). Article search then gets the {@link Adjacency} boost,
   * unless its phrase would pass the limit: the limit is the user's query's, the boost only ranks.
   */
  private static Query parse(String query, Analyzer analyzer, int maxLength, Map<String, Float> defaults,
      UnaryOperator<Query> joins, boolean adjacency) {
    Parsed parsed = parse(query, analyzer, maxLength, defaults, FuzzyQuery.defaultMaxExpansions);
    Query q = joins.apply(parsed.query());
    QueryLimits.Count count = QueryLimits.count(q);
    if (count.total() > QueryLimits.budget()) {
      int expansions = QueryLimits.fuzzyExpansions(count);
      if (expansions > 0) {
        parsed = parse(query, analyzer, maxLength, defaults, expansions);
        q = joins.apply(parsed.query());
        count = QueryLimits.count(q);
      }
      if (count.total() > QueryLimits.budget()) {
        throw QueryLimits.tooLarge(query, count.total(), defaults.keySet());
      }
    }
    if (!adjacency) {
      return q;
    }
    Query boosted = joins.apply(Adjacency.boost(parsed.query(), parsed.parser().plainWords, parsed.parser()));
    return QueryLimits.count(boosted).total() <= QueryLimits.budget() ? boosted : q;
  }

  /** A parsed query and the parser that read it, which knows its plain words. */
  private record Parsed(Query query, LedeQueryParser parser) {}

  private static Parsed parse(String query, Analyzer analyzer, int maxLength, Map<String, Float> defaults,
      int fuzzyExpansions) {
    if (query.length() > maxLength) {
      throw new QuerySyntaxException(query.substring(0, 40) + "...", 40,
          "query is " + query.length() + " characters long; the limit is " + maxLength);
    }
    checkNesting(query);
    LedeQueryParser parser = new LedeQueryParser(analyzer, defaults, fuzzyExpansions);
    try {
      return new Parsed(parser.parse(query), parser);
    } catch (ParseException e) {
      // parse() wraps what went wrong in a ParseException of its own: the cause holds the detail.
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      if (cause instanceof LedeQueryParser.FieldException f) {
        throw new QuerySyntaxException(query, fieldPosition(query, f.field), f.getMessage());
      }
      if (cause instanceof ParseException p) {
        throw new QuerySyntaxException(query, position(query, p), reason(p));
      }
      if (cause instanceof TokenMgrError t) {
        throw new QuerySyntaxException(query, lexicalPosition(query, t), "cannot read the query here");
      }
      if (cause instanceof RuntimeException r && QueryLimits.translate(query, r) != null) {
        throw QueryLimits.translate(query, r);
      }
      throw new QuerySyntaxException(query, 0, cause.getMessage());
    } catch (RuntimeException e) {
      // What the parser lets through unwrapped: Lucene's limits, and arguments its query classes refuse.
      QuerySyntaxException limit = QueryLimits.translate(query, e);
      if (limit != null) {
        throw limit;
      }
      if (e instanceof IllegalArgumentException) {
        throw new QuerySyntaxException(query, 0, e.getMessage());
      }
      throw e;
    }
  }

  /** The complete query: scoring part, article filter, and the request's filters. */
  public static Query build(Query scoring, SearchRequest request) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(scoring, scoring instanceof MatchAllDocsQuery ? Occur.FILTER : Occur.MUST);
    b.add(ARTICLES, Occur.FILTER);
    for (String person : request.people()) {
      b.add(new TermQuery(new Term(Schema.PERSON, person)), Occur.FILTER);
    }
    if (!request.sources().isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String s : request.sources()) {
        any.add(new TermQuery(new Term(Schema.SOURCE, s.toLowerCase(java.util.Locale.ROOT))), Occur.SHOULD);
      }
      b.add(any.build(), Occur.FILTER);
    }
    if (request.published() != null) {
      long[] r = days(request.published());
      b.add(LongPoint.newRangeQuery(Schema.PUBLISHED, r[0], r[1]), Occur.FILTER);
    }
    if (request.mentions() != null) {
      long[] r = days(request.mentions());
      b.add(LongRange.newIntersectsQuery(Schema.MENTIONS, new long[] {r[0]}, new long[] {r[1]}), Occur.FILTER);
    }
    return b.build();
  }

  private static long[] days(DateRange r) {
    return new long[] {
      r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay(),
      r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay()
    };
  }

  private static void checkNesting(String query) {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(' && ++depth > MAX_NESTING) {
        throw new QuerySyntaxException(query, i, "parentheses nested deeper than " + MAX_NESTING + " levels");
      } else if (!quoted && c == ')') {
        depth--;
      }
    }
  }

  /** Where the parser stopped: the start of the token after the last one it accepted. */
  private static int position(String query, ParseException e) {
    Token t = e.currentToken;
    if (t == null) {
      return 0;
    }
    Token bad = t.next != null ? t.next : t;
    // The classic parser counts columns from 0 on a single-line query; guard against a stray value.
    return Math.max(0, Math.min(query.length(), bad.beginColumn));
  }

  /** A lexical error names its column ("Lexical error at line 1, column 9"); 1-based. */
  private static int lexicalPosition(String query, TokenMgrError e) {
    String m = e.getMessage();
    int at = m == null ? -1 : m.indexOf("column ");
    if (at < 0) {
      return query.length();
    }
    int end = at + 7;
    while (end < m.length() && Character.isDigit(m.charAt(end))) {
      end++;
    }
    try {
      return Math.max(0, Math.min(query.length(), Integer.parseInt(m.substring(at + 7, end)) - 1));
    } catch (NumberFormatException ex) {
      return query.length();
    }
  }

  private static String reason(ParseException e) {
    if (e.currentToken == null) {
      String m = e.getMessage();
      int nl = m == null ? -1 : m.indexOf('\n');
      return m == null ? "cannot parse" : nl < 0 ? m : m.substring(0, nl);
    }
    Token bad = e.currentToken.next;
    if (bad == null || bad.kind == 0) {
      return "the query ends too early (an open quote, bracket or operator?)";
    }
    return "unexpected \"" + bad.image + "\"";
  }

  private static int fieldPosition(String query, String field) {
    int at = query.indexOf(field + ":");
    return Math.max(at, 0);
  }
}
