package io.github.lede.search;

import io.github.lede.QuerySyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TopTermsRewrite;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Lucene's limits on the size of a query, in lede's terms. Lucene refuses a query with more than
 * {@link IndexSearcher#getMaxClauseCount()} leaf clauses once rewritten, and finds out only while it
 * rewrites, mid-search, with an exception that names no query. lede counts before searching instead, the way
 * Lucene will: each leaf once (a word without a field is a leaf per default field), a fuzzy word as the terms
 * it may expand to. A query over the limit is refused with its count and the limit; fuzzy words share what is
 * left of the limit rather than fail (each keeps its closest terms). Whatever Lucene still throws about a
 * query's size, on any search path, becomes a {@link QuerySyntaxException} here, in one place.
 */
final class QueryLimits {
  /**
   * Clauses kept free for what lede adds around the user's query: the article or quote filter, the filters
   * of a request (people, sources, dates, speakers) and a filter per quote join.
   */
  static final int RESERVED = 24;

  private QueryLimits() {}

  /** The most leaf clauses a parsed query may have. */
  static int budget() {
    return IndexSearcher.getMaxClauseCount() - RESERVED;
  }

  /**
   * The leaf clauses of a query as Lucene counts them after rewriting.
   *
   * @param plain leaves that stay one clause each (terms, phrases, prefixes, ranges: a prefix or range is
   *     rewritten to one constant-score clause)
   * @param fuzzy fuzzy leaves
   * @param expanded the clauses the fuzzy leaves may expand to
   */
  record Count(int plain, int fuzzy, long expanded) {
    long total() {
      return plain + expanded;
    }
  }

  static Count count(Query query) {
    int[] plain = {0};
    int[] fuzzy = {0};
    long[] expanded = {0};
    query.visit(new QueryVisitor() {
      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        // Lucene counts clauses under NOT too.
        return this;
      }

      @Override
      public void visitLeaf(Query q) {
        plain[0]++;
      }

      @Override
      public void consumeTerms(Query q, Term... terms) {
        plain[0]++;
      }

      @Override
      public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
        if (q instanceof FuzzyQuery f && f.getRewriteMethod() instanceof TopTermsRewrite<?> top) {
          fuzzy[0]++;
          expanded[0] += top.getSize();
        } else {
          plain[0]++;
        }
      }
    });
    return new Count(plain[0], fuzzy[0], expanded[0]);
  }

  /**
   * How many terms each fuzzy word may expand to so that the whole query fits the budget; 0 when it cannot
   * fit even with one term each.
   */
  static int fuzzyExpansions(Count count) {
    if (count.fuzzy() == 0) {
      return 0;
    }
    return Math.max(0, (budget() - count.plain()) / count.fuzzy());
  }

  /** The error for a query that needs {@code clauses} clauses. */
  static QuerySyntaxException tooLarge(String query, long clauses, Set<String> defaultFields) {
    return new QuerySyntaxException(query, 0, String.format(Locale.ROOT,
        "the query is too large: it needs %,d clauses once expanded, and the limit is %,d (a word without a"
            + " field counts once for each of %s; a fuzzy word~ as the terms it matches)",
        clauses, budget(), String.join(", ", defaultFields)));
  }

  /**
   * The lede error for what Lucene throws when a query is too large or too complex for it, or null when the
   * failure is of another kind. Every search path hands its failures here.
   */
  static QuerySyntaxException translate(String query, RuntimeException e) {
    if (e instanceof IndexSearcher.TooManyClauses t) {
      return new QuerySyntaxException(query, 0, String.format(Locale.ROOT,
          "the query is too large: with the request's filters it needs more than %,d clauses once expanded;"
              + " use fewer words, fuzzy words or filters", t.getMaxClauseCount()));
    }
    if (e instanceof TooComplexToDeterminizeException) {
      return new QuerySyntaxException(query, 0, "a wildcard pattern is too complex; use fewer * and ?");
    }
    return null;
  }
}
