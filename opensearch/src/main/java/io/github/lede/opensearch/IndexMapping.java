package io.github.lede.opensearch;

import io.github.lede.schema.Bm25;
import io.github.lede.schema.IndexField;
import io.github.lede.schema.IndexLayout;
import io.github.lede.schema.Level;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * lede's {@link IndexLayout} rendered as an OpenSearch index: settings with the analyzers lede's analysis
 * needs, and a mapping with the same field names, article fields at the top and quote fields in the nested
 * {@code quotes} documents. Nobody writes this mapping by hand.
 */
final class IndexMapping {
  /** The nested documents that hold an article's quotes. */
  static final String QUOTES = "quotes";
  /** One exact, lower-cased token: Lucene's keyword tokenizer and lower-case filter. */
  static final String LOWERCASE_KEYWORD = "lede_lowercase_keyword";
  /**
   * Runs a phrase's already analysed tokens as they are: white space splits them, and the placeholder
   * {@link #GAP} stands where the analysis dropped a word, so positions keep their gaps.
   */
  static final String PHRASE_TERMS = "lede_phrase_terms";
  /** A token no analysis of lede's emits (punctuation is never a token), removed with its position kept. */
  static final String GAP = "|";
  /**
   * Bumped when this rendering changes (settings, types) with the layout unchanged: it names the index too.
   */
  static final int RENDERING = 3;
  /**
   * A field of lede's writer, not of the layout: the token of the write that made the document, stored only.
   * After a bulk request that got no answer, it tells an article that request wrote from one already there.
   */
  static final String WRITE = "_lede_write";
  /** Quote hits per article a quote search may ask for (OpenSearch's default is 100). */
  static final int MAX_INNER_HITS = 10_000;

  private IndexMapping() {}

  /** The index name's suffix: the layout and its rendering, so a change of either is a new index. */
  static String version() {
    return IndexLayout.version() + "r" + RENDERING;
  }

  static JsonObject index(OpenSearchOptions options) {
    return Http.JSON.createObjectBuilder().add("settings", settings(options)).add("mappings", mappings()).build();
  }

  private static JsonObject settings(OpenSearchOptions options) {
    JsonObjectBuilder analyzer = Http.JSON.createObjectBuilder()
        .add(LOWERCASE_KEYWORD, Http.JSON.createObjectBuilder().add("type", "custom").add("tokenizer", "keyword")
            .add("filter", Http.JSON.createArrayBuilder().add("lowercase")))
        .add(PHRASE_TERMS, Http.JSON.createObjectBuilder().add("type", "custom").add("tokenizer", "whitespace")
            .add("filter", Http.JSON.createArrayBuilder().add("lede_phrase_gap")));
    JsonObjectBuilder filter = Http.JSON.createObjectBuilder()
        .add("lede_phrase_gap", Http.JSON.createObjectBuilder().add("type", "stop")
            .add("stopwords", Http.JSON.createArrayBuilder().add(GAP)));
    // One similarity per set of BM25 parameters the layout gives a field other than the defaults.
    JsonObjectBuilder similarity = Http.JSON.createObjectBuilder();
    for (IndexField f : IndexLayout.FIELDS) {
      Bm25 s = IndexLayout.scoring(f);
      if (!s.isDefault()) {
        similarity.add(similarityName(s), Http.JSON.createObjectBuilder().add("type", "BM25")
            .add("k1", s.k1()).add("b", s.b()));
      }
    }
    return Http.JSON.createObjectBuilder()
        .add("number_of_shards", options.shards())
        .add("number_of_replicas", options.replicas())
        .add("max_inner_result_window", MAX_INNER_HITS)
        // OpenSearch's default, said here because lede's durable counts rest on it: a bulk item is acknowledged
        // only once the translog holds it on disk on every copy.
        .add("translog", Http.JSON.createObjectBuilder().add("durability", "request"))
        .add("analysis", Http.JSON.createObjectBuilder().add("analyzer", analyzer).add("filter", filter))
        .add("similarity", similarity)
        .build();
  }

  /** The name of the similarity with these parameters, {@code lede_bm25_k90_b40} (a dot would nest a setting). */
  private static String similarityName(Bm25 s) {
    return "lede_bm25_k" + Math.round(s.k1() * 100) + "_b" + Math.round(s.b() * 100);
  }

  static JsonObject mappings() {
    JsonObjectBuilder quotes = Http.JSON.createObjectBuilder();
    for (IndexField f : IndexLayout.at(Level.QUOTE)) {
      JsonObject m = field(f);
      if (m != null) {
        quotes.add(f.name(), m);
      }
    }
    JsonObjectBuilder root = Http.JSON.createObjectBuilder();
    for (IndexField f : IndexLayout.at(Level.ARTICLE)) {
      JsonObject m = field(f);
      if (m != null) {
        root.add(f.name(), m);
      }
    }
    root.add(QUOTES, Http.JSON.createObjectBuilder().add("type", "nested").add("properties", quotes));
    root.add(WRITE, Http.JSON.createObjectBuilder().add("type", "keyword").add("index", false).add("doc_values", false));
    // A document with a field lede did not describe is a bug, not something to map on the fly.
    return Http.JSON.createObjectBuilder().add("dynamic", "strict").add("properties", root).build();
  }

  /** One field's mapping, or null for the embedded index's own bookkeeping. */
  private static JsonObject field(IndexField f) {
    JsonObjectBuilder b = Http.JSON.createObjectBuilder();
    switch (f.kind()) {
      case ENGLISH_TEXT -> {
        // The built-in english analyzer is Lucene's EnglishAnalyzer (AnalysisTest holds them token for token).
        b.add("type", "text").add("analyzer", "english");
        if (f.offsets()) {
          b.add("index_options", "offsets");
        }
      }
      case NAME_WORDS -> b.add("type", "text").add("analyzer", "standard");
      case LOWERCASE_KEYWORD -> b.add("type", "text").add("analyzer", LOWERCASE_KEYWORD);
      // Ids break ties in every sort, so they keep doc values; names keep them for facets.
      case KEYWORD -> b.add("type", "keyword");
      case FACET_VALUE -> b.add("type", "keyword").add("index", false);
      case DAY -> b.add("type", "date").add("format", "strict_date");
      case DAY_RANGES -> b.add("type", "date_range").add("format", "epoch_millis");
      case STORED -> {
        if (f.name().equals("_extras")) {
          b.add("type", "object").add("enabled", false);
        } else {
          b.add("type", "keyword").add("index", false).add("doc_values", false);
        }
      }
      case EMBEDDED_ONLY -> {
        return null;
      }
    }
    Bm25 scoring = IndexLayout.scoring(f);
    if (!scoring.isDefault()) {
      b.add("similarity", similarityName(scoring));
    }
    return b.build();
  }

  /**
   * What is wrong with an existing index's mapping for lede, or an empty list when each field lede needs is
   * there with the type lede gives it.
   */
  static List<String> conflicts(JsonObject existing) {
    List<String> out = new ArrayList<>();
    JsonObject want = mappings().getJsonObject("properties");
    JsonObject have = existing.getJsonObject("properties");
    compare("", want, have == null ? JsonValue.EMPTY_JSON_OBJECT : have, out);
    return out;
  }

  private static void compare(String prefix, JsonObject want, JsonObject have, List<String> out) {
    for (String name : want.keySet()) {
      JsonObject w = want.getJsonObject(name);
      JsonValue hv = have.get(name);
      String wType = w.getString("type", "object");
      if (!(hv instanceof JsonObject h)) {
        out.add(prefix + name + " is missing (lede needs " + wType + ")");
        continue;
      }
      String hType = h.getString("type", "object");
      if (!wType.equals(hType)) {
        out.add(prefix + name + " is " + hType + " (lede needs " + wType + ")");
      } else if (w.containsKey("analyzer") && !w.getString("analyzer").equals(h.getString("analyzer", "standard"))) {
        out.add(prefix + name + " is analysed by " + h.getString("analyzer", "standard") + " (lede needs "
            + w.getString("analyzer") + ")");
      } else if (w.containsKey("properties")) {
        JsonValue hp = h.get("properties");
        compare(prefix + name + ".", w.getJsonObject("properties"),
            hp instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT, out);
      }
    }
  }
}
