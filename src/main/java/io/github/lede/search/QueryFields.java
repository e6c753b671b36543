package io.github.lede.search;

import io.github.lede.index.Schema;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The field names users write in queries, mapped to index fields, and the default fields with their weights.
 * Headline, dek, captions and body weigh the same: each field is scored on its own (BM25 per field, summed),
 * so a short headline that holds a query word already scores high for it; the boosts lede had (headline 3,
 * caption 1.5) ranked worse on judged news topics (README, Ranking). People are searched by {@code person:}
 * and quotes by {@code quote:}: their words are in the body already, and counting them twice ranked worse.
 */
final class QueryFields {
  /** Fields searched when a query names none, with their weights. */
  static final Map<String, Float> DEFAULTS = defaults();

  /** Fields searched when a quote search names none: the quote's own words. */
  static final Map<String, Float> QUOTE_DEFAULTS = Map.of(Schema.QUOTE, 1.0f);

  /**
   * Where the words of a query that names no field count more when they stand next to each other, and how
   * much: a phrase of those words on the body, weighing as much as one more word (see {@link Adjacency}).
   */
  static final String ADJACENCY_FIELD = Schema.BODY;
  static final float ADJACENCY_WEIGHT = 1.0f;

  /** Query field name to index field. */
  static final Map<String, String> NAMES = names();

  private QueryFields() {}

  private static Map<String, Float> defaults() {
    Map<String, Float> m = new LinkedHashMap<>();
    m.put(Schema.HEADLINE, 1.0f);
    m.put(Schema.DEK, 1.0f);
    m.put(Schema.CAPTION, 1.0f);
    m.put(Schema.BODY, 1.0f);
    return m;
  }

  private static Map<String, String> names() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("headline", Schema.HEADLINE);
    m.put("title", Schema.HEADLINE);
    m.put("dek", Schema.DEK);
    m.put("standfirst", Schema.DEK);
    m.put("description", Schema.DEK);
    m.put("body", Schema.BODY);
    m.put("text", Schema.BODY);
    m.put("caption", Schema.CAPTION);
    m.put("captions", Schema.CAPTION);
    m.put("person", Schema.PERSON);
    m.put("people", Schema.PERSON);
    m.put("source", Schema.SOURCE);
    m.put("author", Schema.AUTHOR);
    m.put("by", Schema.AUTHOR);
    m.put("dateline", Schema.DATELINE);
    m.put("published", Schema.PUBLISHED);
    m.put("date", Schema.PUBLISHED);
    m.put("mentions", Schema.MENTIONS);
    m.put("id", Schema.ID);
    m.put("quote", Schema.QUOTE);
    m.put("quotes", Schema.QUOTE);
    m.put("speaker", Schema.SPEAKER);
    m.put("speaker_as_written", Schema.SPEAKER_AS_WRITTEN);
    return m;
  }

  /** The index field for a query field name, or null for an unknown one. */
  static String resolve(String name) {
    return NAMES.get(name.toLowerCase(java.util.Locale.ROOT));
  }
}
