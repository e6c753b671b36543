package io.github.lede.opensearch;

import io.github.lede.QuerySyntaxException;
import io.github.lede.query.QueryNode;
import io.github.lede.query.QueryNode.Clause;
import io.github.lede.query.QueryNode.Occur;
import java.util.ArrayList;
import java.util.List;

/**
 * A quote search's query split into what each quote must match and what its article must match. lede runs a
 * quote search on quote documents and joins article clauses down to them, each quote scoring its own part
 * plus its article's; OpenSearch has no such join, so the cluster runs an article query: the quote part as a
 * {@code nested} query (an article scoring as its best quote, with the quotes as inner hits) beside the
 * article part. A quote's score is then its article's score, less its best quote's, plus its own. The split
 * is exact where article clauses are joined to the rest with AND (or NOT), and refused elsewhere.
 *
 * @param quote the query on a quote's fields
 * @param article the article clauses, with how each takes part
 */
record QuoteQueries(QueryNode quote, List<Clause> article) {

  /** Splits a quote-level query (as {@code LedeQueries.quotes} gives it). */
  static QuoteQueries split(QueryNode root, String text) {
    List<Clause> quote = new ArrayList<>();
    List<Clause> article = new ArrayList<>();
    Splitter s = new Splitter(text, quote, article);
    if (root instanceof QueryNode.Bool b && b.minimumShouldMatch() == 0 && requires(b)) {
      for (Clause c : b.clauses()) {
        s.clause(c);
      }
    } else {
      s.clause(new Clause(Occur.MUST, root));
    }
    return new QuoteQueries(new QueryNode.Bool(quote, 0), article);
  }

  /** True when a bool has a MUST or FILTER clause, which makes its SHOULD clauses optional. */
  private static boolean requires(QueryNode.Bool b) {
    return b.clauses().stream().anyMatch(c -> c.occur() == Occur.MUST || c.occur() == Occur.FILTER);
  }

  private static boolean joins(QueryNode n) {
    return switch (n) {
      case QueryNode.ArticleJoin j -> true;
      case QueryNode.Boost b -> joins(b.query());
      case QueryNode.Bool b -> b.clauses().stream().anyMatch(c -> joins(c.query()));
      default -> false;
    };
  }

  private record Splitter(String text, List<Clause> quote, List<Clause> article) {
    void clause(Clause c) {
      QueryNode q = c.query();
      if (!joins(q)) {
        quote.add(c);
      } else if (q instanceof QueryNode.ArticleJoin j) {
        article.add(new Clause(c.occur(), j.article()));
      } else if (q instanceof QueryNode.Boost b && b.query() instanceof QueryNode.ArticleJoin j) {
        article.add(new Clause(c.occur(), new QueryNode.Boost(j.article(), b.boost())));
      } else if (q instanceof QueryNode.Bool b && b.minimumShouldMatch() == 0
          && (c.occur() == Occur.MUST || c.occur() == Occur.FILTER)) {
        inner(c.occur(), b);
      } else {
        throw refused();
      }
    }

    /** The clauses of a required group, moved up to the level that holds it. */
    private void inner(Occur occur, QueryNode.Bool b) {
      if (requires(b)) {
        for (Clause c : b.clauses()) {
          if (occur == Occur.FILTER && c.occur() == Occur.SHOULD) {
            continue; // optional and not scored under a filter: it changes nothing
          }
          clause(new Clause(occur == Occur.FILTER && c.occur() == Occur.MUST ? Occur.FILTER : c.occur(), c.query()));
        }
        return;
      }
      // Only SHOULD (at least one must match) and MUST_NOT: the SHOULD group must stay whole, on quotes.
      List<Clause> any = new ArrayList<>();
      for (Clause c : b.clauses()) {
        if (c.occur() == Occur.SHOULD) {
          if (joins(c.query())) {
            throw refused();
          }
          any.add(c);
        } else {
          clause(c);
        }
      }
      if (!any.isEmpty()) {
        quote.add(new Clause(occur, new QueryNode.Bool(any, 0)));
      }
    }

    private QuerySyntaxException refused() {
      return new QuerySyntaxException(text, 0, "on OpenSearch a quote search can combine article fields with"
          + " quote words only by AND or NOT (write person:putin AND trade, not person:putin OR trade)");
    }
  }
}
