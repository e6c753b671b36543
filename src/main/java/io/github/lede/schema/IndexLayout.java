package io.github.lede.schema;

import static io.github.lede.schema.FieldKind.DAY;
import static io.github.lede.schema.FieldKind.DAY_RANGES;
import static io.github.lede.schema.FieldKind.EMBEDDED_ONLY;
import static io.github.lede.schema.FieldKind.ENGLISH_TEXT;
import static io.github.lede.schema.FieldKind.FACET_VALUE;
import static io.github.lede.schema.FieldKind.KEYWORD;
import static io.github.lede.schema.FieldKind.LOWERCASE_KEYWORD;
import static io.github.lede.schema.FieldKind.NAME_WORDS;
import static io.github.lede.schema.FieldKind.STORED;
import static io.github.lede.schema.Level.ARTICLE;
import static io.github.lede.schema.Level.QUOTE;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The fields of lede's index, article first, then quote. Names are those of {@code index.Schema}; the test
 * {@code IndexLayoutTest} holds the Lucene documents to this list, field by field.
 */
public final class IndexLayout {
  /** Every field, in a fixed order (the version hash depends on it). */
  public static final List<IndexField> FIELDS = List.of(
      field("_type", EMBEDDED_ONLY, ARTICLE),
      field("_block", EMBEDDED_ONLY, ARTICLE),
      new IndexField("id", KEYWORD, ARTICLE, true, false, false),
      text("headline"),
      text("dek"),
      text("body"),
      text("caption"),
      field("dateline", ENGLISH_TEXT, ARTICLE),
      field("author", NAME_WORDS, ARTICLE),
      new IndexField("source", LOWERCASE_KEYWORD, ARTICLE, true, false, false),
      new IndexField("source_facet", FACET_VALUE, ARTICLE, false, true, false),
      new IndexField("url", STORED, ARTICLE, true, false, false),
      new IndexField("published", DAY, ARTICLE, true, false, false),
      new IndexField("person", KEYWORD, ARTICLE, true, true, false),
      field("person_name", NAME_WORDS, ARTICLE),
      new IndexField("mentions", DAY_RANGES, ARTICLE, false, true, false),
      new IndexField("_extras", STORED, ARTICLE, true, false, false),
      new IndexField("_dates", EMBEDDED_ONLY, ARTICLE, true, false, false),
      field("_content", KEYWORD, ARTICLE),
      new IndexField("_near", KEYWORD, ARTICLE, false, true, false),
      field("_type", EMBEDDED_ONLY, QUOTE),
      new IndexField("_block", EMBEDDED_ONLY, QUOTE, true, false, false),
      new IndexField("quote", ENGLISH_TEXT, QUOTE, true, false, true),
      new IndexField("speaker", KEYWORD, QUOTE, true, false, false),
      field("speaker_name", NAME_WORDS, QUOTE),
      new IndexField("speaker_kind", STORED, QUOTE, true, false, false),
      new IndexField("speaker_as_written", ENGLISH_TEXT, QUOTE, true, false, false),
      field("published", DAY, QUOTE));

  /**
   * How the article text fields score (headline, dek, body, caption): the ranking lede tuned on judged news
   * topics; {@code IndexLayoutTest} holds the embedded index's similarity to it, field by field.
   */
  public static final Bm25 TEXT_SCORING = new Bm25(0.9f, 0.4f);

  /** The article text fields {@link #TEXT_SCORING} applies to. */
  public static final java.util.Set<String> RANKED_TEXT = java.util.Set.of("headline", "dek", "body", "caption");

  /** Fields on quotes, in every store: the rest are on articles. */
  public static final List<String> QUOTE_FIELDS =
      FIELDS.stream().filter(f -> f.level() == QUOTE).map(IndexField::name).toList();

  private IndexLayout() {}

  private static IndexField text(String name) {
    return new IndexField(name, ENGLISH_TEXT, ARTICLE, true, false, true);
  }

  private static IndexField field(String name, FieldKind kind, Level level) {
    return new IndexField(name, kind, level, false, false, false);
  }

  /** How a field scores: {@link #TEXT_SCORING} for the article text fields, BM25's defaults for the rest. */
  public static Bm25 scoring(IndexField field) {
    return field.level() == ARTICLE && RANKED_TEXT.contains(field.name()) ? TEXT_SCORING : Bm25.DEFAULT;
  }

  /** The fields of one level. */
  public static List<IndexField> at(Level level) {
    return FIELDS.stream().filter(f -> f.level() == level).toList();
  }

  /**
   * A short hash of the layout: a store names its index after it, so a change of fields is a new index
   * (reindex and swap) rather than a conflict inside the old one.
   */
  public static String version() {
    StringBuilder sb = new StringBuilder();
    for (IndexField f : FIELDS) {
      sb.append(f).append('\n');
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
