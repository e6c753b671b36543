package io.github.lede.query;

import java.util.List;

/**
 * One node of a parsed, analysed lede query. Field names are those of {@code io.github.lede.schema.IndexLayout};
 * terms are index tokens (already analysed: run them as exact terms, never analyse them again); days are days
 * since 1970-01-01, with {@link Long#MIN_VALUE} and {@link Long#MAX_VALUE} for an open end.
 */
public sealed interface QueryNode {
  /** How a clause takes part in a {@link Bool}, as in Lucene's BooleanClause. */
  enum Occur { MUST, SHOULD, FILTER, MUST_NOT }

  /** A clause of a {@link Bool}. */
  record Clause(Occur occur, QueryNode query) {}

  /** Scores add up over the clauses that match; FILTER and MUST_NOT clauses do not score. */
  record Bool(List<Clause> clauses, int minimumShouldMatch) implements QueryNode {
    public Bool {
      clauses = List.copyOf(clauses);
    }
  }

  /** The inner query's score times {@code boost}. */
  record Boost(QueryNode query, float boost) implements QueryNode {}

  /** One exact token in a field. */
  record Term(String field, String text) implements QueryNode {}

  /**
   * Tokens at positions, in order, within {@code slop} moves. Gaps in the positions are words the analysis
   * dropped (stop words): "bank of england" is bank at 0 and england at 2.
   */
  record Phrase(String field, List<String> terms, List<Integer> positions, int slop) implements QueryNode {
    public Phrase {
      terms = List.copyOf(terms);
      positions = List.copyOf(positions);
    }
  }

  /** Tokens starting with {@code prefix}; constant score. */
  record Prefix(String field, String prefix) implements QueryNode {}

  /** Tokens matching a pattern of {@code *} and {@code ?} ({@code \} escapes); constant score. */
  record Wildcard(String field, String pattern) implements QueryNode {}

  /** Tokens within {@code maxEdits} edits, the best {@code maxExpansions} of them blended. */
  record Fuzzy(String field, String text, int maxEdits, int prefixLength, int maxExpansions, boolean transpositions)
      implements QueryNode {}

  /** Tokens between two tokens (null for open); constant score. */
  record TermRange(String field, String lower, String upper, boolean includeLower, boolean includeUpper)
      implements QueryNode {}

  /** A day field ({@code published}) within {@code [from, to]}; constant score. */
  record DayRange(String field, long from, long to) implements QueryNode {}

  /** Some interval of a day-ranges field ({@code mentions}) meets {@code [from, to]}; constant score. */
  record DaysIntersect(String field, long from, long to) implements QueryNode {}

  /** Everything at its level, scoring 0 in a filter and 1 elsewhere. */
  record MatchAll() implements QueryNode {}

  /** Nothing. */
  record MatchNone() implements QueryNode {}

  /**
   * In an article query: articles with a quote that {@code quote} (a query on quote fields) matches, scoring
   * as their best such quote.
   */
  record QuoteJoin(QueryNode quote) implements QueryNode {}

  /**
   * In a quote query: the quotes of articles that {@code article} (a query on article fields) matches, each
   * scoring as its article does.
   */
  record ArticleJoin(QueryNode article) implements QueryNode {}
}
