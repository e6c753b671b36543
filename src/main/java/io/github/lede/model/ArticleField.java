package io.github.lede.model;

/** The part of an article a mention, quote or date was found in; offsets are into that part's text. */
public enum ArticleField {
  /** The headline ({@link Article#headline()}). */
  HEADLINE("headline"),
  /** The body: paragraphs joined by a blank line ({@link Article#body()}). */
  BODY("body"),
  /** One photo caption; the index picks which ({@link Article#captions()}). */
  CAPTION("caption");

  private final String jsonName;

  ArticleField(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The lower-case name used in JSON output: {@code headline}, {@code body} or {@code caption}. */
  public String jsonName() {
    return jsonName;
  }

  /** The field for a JSON name, as written by {@link #jsonName()}. */
  public static ArticleField fromJsonName(String name) {
    for (ArticleField f : values()) {
      if (f.jsonName.equals(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown article field: " + name);
  }
}
