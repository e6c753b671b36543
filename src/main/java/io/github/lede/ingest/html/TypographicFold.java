package io.github.lede.ingest.html;

/**
 * Folds away the typography that differs between a page's visible headline and its metadata titles: metadata is
 * often typed with ASCII ("Korsetts - Shops", "It's", "Wait...") while the heading shows the typeset form
 * ("Korsetts – Shops", "It’s", "Wait…"). Folded, the two compare equal, so the heading can be preferred for
 * showing what the reader sees. Also folds case and white space, and drops soft hyphens and zero-width spaces.
 */
final class TypographicFold {
  private TypographicFold() {}

  static String fold(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (HtmlText.isSpace(c)) {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
          sb.append(' ');
        }
        continue;
      }
      switch (c) {
        case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> { }
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> sb.append('-');
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`' -> sb.append('\'');
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> sb.append('"');
        case '\u2026' -> sb.append("...");
        default -> sb.append(Character.toLowerCase(c));
      }
    }
    int end = sb.length();
    if (end > 0 && sb.charAt(end - 1) == ' ') {
      sb.setLength(end - 1);
    }
    return sb.toString();
  }
}
