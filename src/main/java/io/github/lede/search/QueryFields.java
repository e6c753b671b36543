package io.github.lede.search;

import io.github.lede.index.Schema;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The field names users write in queries, mapped to index fields, and the default fields with their boosts.
 * A match in the headline says most about what an article is about, then one in the dek (the standfirst that
 * sums the article up), a caption more than one body sentence.
 */
final class QueryFields {
  /** Fields searched when a query names none, with their boosts. */
  static final Map<String, Float> DEFAULTS = defaults();

  /** Fields searched when a quote search names none: the quote's own words. */
  static final Map<String, Float> QUOTE_DEFAULTS = Map.of(Schema.QUOTE, 1.0f);

  /** Query field name to index field. */
  static final Map<String, String> NAMES = names();

  private QueryFields() {}

  private static Map<String, Float> defaults() {
    Map<String, Float> m = new LinkedHashMap<>();
    m.put(Schema.HEADLINE, 3.0f);
    m.put(Schema.DEK, 2.0f);
    m.put(Schema.CAPTION, 1.5f);
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
    return m;
  }

  /** The index field for a query field name, or null for an unknown one. */
  static String resolve(String name) {
    return NAMES.get(name.toLowerCase(java.util.Locale.ROOT));
  }
}
