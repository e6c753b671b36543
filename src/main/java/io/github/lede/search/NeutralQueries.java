package io.github.lede.search;

import io.github.lede.QuerySyntaxException;
import io.github.lede.index.Schema;
import io.github.lede.query.QueryNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopTermsRewrite;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;

/**
 * Turns the Lucene query lede runs (parsed, analysed, quote clauses joined) into the engine-neutral
 * {@link QueryNode} tree, node for node, so another engine can run the same query. A query of a kind this
 * walker does not know is refused with a {@link QuerySyntaxException}: translated loosely it would match or
 * rank otherwise than the embedded index.
 */
final class NeutralQueries {
  /** How a range-field query prints its bounds: {@code mentions:<ranges:[19723 : 19753]>}. */
  private static final Pattern RANGES = Pattern.compile("<ranges:\\[(-?\\d+) : (-?\\d+)]>");

  private NeutralQueries() {}

  /**
   * @param text the query as the user wrote it, for the error message
   */
  static QueryNode of(Query q, String text) {
    if (q instanceof BooleanQuery b) {
      List<QueryNode.Clause> clauses = new ArrayList<>(b.clauses().size());
      for (BooleanClause c : b.clauses()) {
        clauses.add(new QueryNode.Clause(occur(c.occur()), of(c.query(), text)));
      }
      return new QueryNode.Bool(clauses, b.getMinimumNumberShouldMatch());
    }
    if (q instanceof BoostQuery b) {
      return new QueryNode.Boost(of(b.getQuery(), text), b.getBoost());
    }
    if (q instanceof TermQuery t) {
      // Article and quote are levels of the tree in other engines (nested documents), not a field.
      return t.getTerm().field().equals(Schema.TYPE) ? new QueryNode.MatchAll()
          : new QueryNode.Term(t.getTerm().field(), t.getTerm().text());
    }
    if (q instanceof PhraseQuery p) {
      List<String> terms = new ArrayList<>();
      for (Term t : p.getTerms()) {
        terms.add(t.text());
      }
      List<Integer> positions = new ArrayList<>();
      for (int pos : p.getPositions()) {
        positions.add(pos);
      }
      return new QueryNode.Phrase(p.getField(), terms, positions, p.getSlop());
    }
    if (q instanceof PrefixQuery p) {
      return new QueryNode.Prefix(p.getField(), p.getPrefix().text());
    }
    if (q instanceof WildcardQuery w) {
      return new QueryNode.Wildcard(w.getField(), w.getTerm().text());
    }
    if (q instanceof FuzzyQuery f) {
      // A query of many fuzzy words gives each fewer terms (QueryLimits): the cluster must blend as many.
      int expansions = f.getRewriteMethod() instanceof TopTermsRewrite<?> top ? top.getSize()
          : FuzzyQuery.defaultMaxExpansions;
      return new QueryNode.Fuzzy(f.getField(), f.getTerm().text(), f.getMaxEdits(), f.getPrefixLength(),
          expansions, f.getTranspositions());
    }
    if (q instanceof TermRangeQuery r) {
      return new QueryNode.TermRange(r.getField(), r.getLowerTerm() == null ? null : r.getLowerTerm().utf8ToString(),
          r.getUpperTerm() == null ? null : r.getUpperTerm().utf8ToString(), r.includesLower(), r.includesUpper());
    }
    if (q instanceof PointRangeQuery r && r.getField().equals(Schema.PUBLISHED) && r.getNumDims() == 1) {
      return new QueryNode.DayRange(r.getField(), LongPoint.decodeDimension(r.getLowerPoint(), 0),
          LongPoint.decodeDimension(r.getUpperPoint(), 0));
    }
    if (q instanceof org.apache.lucene.document.RangeFieldQuery && q.toString().startsWith(Schema.MENTIONS + ":")) {
      // lede builds range-field queries on mentions only as intersects queries (LedeQueryParser, Queries).
      Matcher m = RANGES.matcher(q.toString());
      if (m.find()) {
        return new QueryNode.DaysIntersect(Schema.MENTIONS, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
      }
    }
    if (q instanceof MatchAllDocsQuery) {
      return new QueryNode.MatchAll();
    }
    if (q instanceof MatchNoDocsQuery) {
      return new QueryNode.MatchNone();
    }
    if (q instanceof ToParentBlockJoinQuery j) {
      return new QueryNode.QuoteJoin(of(j.getChildQuery(), text));
    }
    if (q instanceof ToChildBlockJoinQuery j) {
      return new QueryNode.ArticleJoin(of(j.getParentQuery(), text));
    }
    throw new QuerySyntaxException(text, 0, "this query has a part (" + q + ") that lede can run only on its"
        + " embedded index");
  }

  private static QueryNode.Occur occur(BooleanClause.Occur o) {
    return switch (o) {
      case MUST -> QueryNode.Occur.MUST;
      case SHOULD -> QueryNode.Occur.SHOULD;
      case FILTER -> QueryNode.Occur.FILTER;
      case MUST_NOT -> QueryNode.Occur.MUST_NOT;
    };
  }
}
