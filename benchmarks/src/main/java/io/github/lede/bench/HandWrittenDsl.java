package io.github.lede.bench;

/**
 * The query cases as a person would write them in OpenSearch's query DSL for the same answers: a
 * {@code multi_match} over headline, caption and body summing per-field scores (lede's ranking), the phrase
 * on the body that lede adds for plain words, the filters, OpenSearch's own highlighter for the three text
 * fields, and only the fields a hit shows. The baseline of {@link OpenSearchBenchmark}: what lede's parsing,
 * translation and building of result records cost on top of the cluster's work.
 */
final class HandWrittenDsl {
  private static final String FIELDS = "[\"headline\",\"caption\",\"body\"]";
  private static final String SOURCE = "\"_source\":[\"id\",\"headline\",\"published\",\"source\",\"url\",\"person\"]";
  private static final String HIGHLIGHT = "\"highlight\":{\"type\":\"unified\",\"number_of_fragments\":3,"
      + "\"fields\":{\"headline\":{},\"body\":{},\"caption\":{}}}";

  private HandWrittenDsl() {}

  /** The search body of a case. */
  static String body(String name, QueryCases c) {
    String t1 = matchAll(c.t1);
    return switch (name) {
      case "term" -> search(t1, "");
      case "and" -> search("{\"bool\":{\"must\":[" + t1 + "," + matchAll(c.t2) + "],\"should\":["
          + adjacent(c) + "]}}", "");
      case "or" -> search("{\"bool\":{\"should\":[" + t1 + "," + matchAll(c.t2) + "," + adjacent(c) + "]}}", "");
      case "phrase" -> search("{\"multi_match\":{\"query\":" + quote(c.phrase) + ",\"fields\":" + FIELDS
          + ",\"type\":\"phrase\"}}", "");
      case "person" -> search("{\"bool\":{\"must\":[" + t1 + "],\"filter\":[{\"term\":{\"person\":"
          + quote(c.person == null ? "" : c.person) + "}}]}}", "");
      case "published" -> search("{\"bool\":{\"must\":[" + t1 + "],\"filter\":[{\"range\":{\"published\":{\"gte\":"
          + quote(c.middle.from().toString()) + ",\"lte\":" + quote(c.middle.to().toString()) + "}}}]}}", "");
      case "date" -> search(t1, ",\"sort\":[{\"published\":{\"order\":\"desc\",\"missing\":\"_last\"}}]");
      case "quotes" -> "{\"query\":{\"nested\":{\"path\":\"quotes\",\"score_mode\":\"max\",\"query\":{\"match\":"
          + "{\"quotes.quote\":" + quote(c.t1) + "}},\"inner_hits\":{\"size\":11,\"highlight\":{\"fields\":"
          + "{\"quotes.quote\":{\"number_of_fragments\":0}}}}}},\"size\":11,"
          + "\"_source\":[\"id\",\"headline\",\"published\",\"source\"]}";
      case "facet" -> "{\"query\":" + t1 + ",\"size\":0,\"aggs\":{\"people\":{\"terms\":{\"field\":\"person\","
          + "\"size\":10}}}}";
      default -> throw new IllegalArgumentException("no case " + name);
    };
  }

  private static String search(String query, String more) {
    return "{\"query\":" + query + ",\"size\":11,\"track_total_hits\":1000," + SOURCE + "," + HIGHLIGHT + more
        + "}";
  }

  private static String matchAll(String word) {
    return "{\"multi_match\":{\"query\":" + quote(word) + ",\"fields\":" + FIELDS + ",\"type\":\"most_fields\"}}";
  }

  private static String adjacent(QueryCases c) {
    return "{\"match_phrase\":{\"body\":" + quote(c.t1 + " " + c.t2) + "}}";
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
