package io.github.lede.opensearch;

import io.github.lede.QuerySyntaxException;
import io.github.lede.query.QueryNode;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.EnumMap;
import java.util.Map;

/**
 * A {@link QueryNode} tree as OpenSearch query DSL, node for node, so the cluster runs the Lucene query lede
 * would: terms as {@code term} queries on the analysed token (no analysis again), phrases through an
 * analyzer that keeps their position gaps, boosts and sums as in Lucene, quote clauses as {@code nested}
 * queries scored by their best quote.
 */
final class QueryDsl {
  private static final long DAY_MILLIS = 86_400_000L;

  private final String text;

  /** @param text the user's query, for errors */
  QueryDsl(String text) {
    this.text = text;
  }

  /** A query on articles; {@code quote} is true inside a nested quote query (field names get its path). */
  JsonObject translate(QueryNode node, boolean quote) {
    return switch (node) {
      case QueryNode.Bool b -> bool(b, quote);
      // A bool of one clause scores as the clause: the boost multiplies whatever is inside.
      case QueryNode.Boost b -> obj("bool", o().add("must", a().add(translate(b.query(), quote)))
          .add("boost", b.boost()));
      case QueryNode.Term t -> obj("term", o().add(field(t.field(), quote), o().add("value", t.text())));
      case QueryNode.Phrase p -> obj("match_phrase", o().add(field(p.field(), quote), o()
          .add("query", phraseText(p)).add("analyzer", IndexMapping.PHRASE_TERMS).add("slop", p.slop())));
      case QueryNode.Prefix p -> obj("prefix", o().add(field(p.field(), quote), o().add("value", p.prefix())));
      case QueryNode.Wildcard w -> obj("wildcard", o().add(field(w.field(), quote), o().add("value", w.pattern())));
      case QueryNode.Fuzzy f -> obj("fuzzy", o().add(field(f.field(), quote), o().add("value", f.text())
          .add("fuzziness", Integer.toString(f.maxEdits())).add("prefix_length", f.prefixLength())
          .add("max_expansions", f.maxExpansions()).add("transpositions", f.transpositions())));
      case QueryNode.TermRange r -> obj("range", o().add(field(r.field(), quote), termRange(r)));
      case QueryNode.DayRange r -> obj("range", o().add(field(r.field(), quote), days(r.from(), r.to())));
      case QueryNode.DaysIntersect r -> obj("range", o().add(field(r.field(), quote),
          days(r.from(), r.to()).add("relation", "intersects")));
      case QueryNode.MatchAll m -> obj("match_all", o());
      case QueryNode.MatchNone m -> obj("match_none", o());
      case QueryNode.QuoteJoin j -> {
        if (quote) {
          throw unsupported("a quote clause inside a quote clause");
        }
        yield obj("nested", o().add("path", IndexMapping.QUOTES).add("score_mode", "max")
            .add("query", translate(j.quote(), true)));
      }
      case QueryNode.ArticleJoin j -> throw unsupported("article fields combined with quote words this way"
          + " (join them with AND, or put the article fields in a filter)");
    };
  }

  private JsonObject bool(QueryNode.Bool b, boolean quote) {
    Map<QueryNode.Occur, JsonArrayBuilder> parts = new EnumMap<>(QueryNode.Occur.class);
    for (QueryNode.Clause c : b.clauses()) {
      parts.computeIfAbsent(c.occur(), k -> a()).add(translate(c.query(), quote));
    }
    // Lucene matches nothing with no clause, or with only MUST_NOT clauses; an OpenSearch bool would match all.
    if (!parts.containsKey(QueryNode.Occur.MUST) && !parts.containsKey(QueryNode.Occur.FILTER)
        && !parts.containsKey(QueryNode.Occur.SHOULD)) {
      return obj("match_none", o());
    }
    JsonObjectBuilder out = o();
    parts.forEach((occur, list) -> out.add(switch (occur) {
      case MUST -> "must";
      case SHOULD -> "should";
      case FILTER -> "filter";
      case MUST_NOT -> "must_not";
    }, list));
    if (b.minimumShouldMatch() > 0) {
      out.add("minimum_should_match", b.minimumShouldMatch());
    }
    return obj("bool", out);
  }

  /** The phrase's tokens in position order, with a gap placeholder for each position the analysis dropped. */
  static String phraseText(QueryNode.Phrase p) {
    StringBuilder sb = new StringBuilder();
    int at = p.positions().isEmpty() ? 0 : p.positions().get(0);
    for (int i = 0; i < p.terms().size(); i++) {
      int pos = p.positions().get(i);
      if (pos < at) {
        throw new IllegalStateException("two tokens at one position in a phrase: " + p);
      }
      for (; at < pos; at++) {
        sb.append(IndexMapping.GAP).append(' ');
      }
      sb.append(p.terms().get(i)).append(' ');
      at = pos + 1;
    }
    return sb.toString().strip();
  }

  private static JsonObjectBuilder termRange(QueryNode.TermRange r) {
    JsonObjectBuilder b = o();
    if (r.lower() != null) {
      b.add(r.includeLower() ? "gte" : "gt", r.lower());
    }
    if (r.upper() != null) {
      b.add(r.includeUpper() ? "lte" : "lt", r.upper());
    }
    return b;
  }

  /** Days as the first millisecond of each (how days are indexed), an open end left out. */
  private static JsonObjectBuilder days(long from, long to) {
    JsonObjectBuilder b = o().add("format", "epoch_millis");
    if (from != Long.MIN_VALUE) {
      b.add("gte", from * DAY_MILLIS);
    }
    if (to != Long.MAX_VALUE) {
      b.add("lte", to * DAY_MILLIS);
    }
    return b;
  }

  static String field(String name, boolean quote) {
    return quote ? IndexMapping.QUOTES + "." + name : name;
  }

  QuerySyntaxException unsupported(String what) {
    return new QuerySyntaxException(text, 0, "on OpenSearch lede cannot run " + what + " exactly");
  }

  static JsonObjectBuilder o() {
    return Http.JSON.createObjectBuilder();
  }

  static JsonObjectBuilder o(JsonObject copy) {
    return Http.JSON.createObjectBuilder(copy);
  }

  static JsonArrayBuilder a() {
    return Http.JSON.createArrayBuilder();
  }

  static JsonObject obj(String key, JsonObjectBuilder value) {
    return o().add(key, value).build();
  }
}
