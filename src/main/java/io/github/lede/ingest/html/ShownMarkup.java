package io.github.lede.ingest.html;

import java.util.Set;

/**
 * Markup that a page shows as text instead of rendering it: blog shortcodes a plugin no longer expands
 * ({@code [button link="..."]Subscribe[/button]}, {@code [/caption]}) and HTML tags escaped into the text
 * (a tracking {@code <img src=...>} printed as letters). A reader skips them; they are taken out of a block's
 * text. Both are found in one scan that looks at most a bounded stretch past each bracket.
 */
final class ShownMarkup {
  /** Longest shortcode or tag looked for, in characters. */
  private static final int MAX_CHARS = 400;

  /** Tag names of escaped markup: the ones that carry no reader's text and turn up printed on pages. */
  private static final Set<String> TAGS = Set.of(
      "img", "a", "div", "span", "p", "br", "iframe", "script", "noscript", "style", "link", "meta", "source",
      "picture", "video", "audio", "figure", "figcaption", "strong", "em", "b", "i", "u", "blockquote", "ul", "ol",
      "li", "table", "tr", "td", "h1", "h2", "h3", "h4", "h5", "h6", "embed", "object", "param", "input", "hr");

  private ShownMarkup() {}

  /** The text without shortcodes and escaped tags, or the text itself when it holds none. */
  static String strip(String s) {
    if (s.indexOf('[') < 0 && s.indexOf('<') < 0) {
      return s;
    }
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int end = c == '[' ? shortcodeEnd(s, i) : c == '<' ? tagEnd(s, i) : -1;
      if (end > 0) {
        if (out == null) {
          out = new StringBuilder(s.length());
        }
        out.append(s, copied, i);
        copied = end;
        i = end - 1;
      }
    }
    if (out == null) {
      return s;
    }
    out.append(s, copied, s.length());
    return HtmlText.collapse(out.toString());
  }

  /**
   * The end of a shortcode at {@code at}: {@code [/name]}, or {@code [name key=value ...]} with at least one
   * attribute; -1 otherwise. "[sic]", "[1]" and "[Editor's note: ...]" have no attribute and stay.
   */
  private static int shortcodeEnd(String s, int at) {
    int i = at + 1;
    boolean closing = i < s.length() && s.charAt(i) == '/';
    if (closing) {
      i++;
    }
    int nameStart = i;
    while (i < s.length() && isNameChar(s.charAt(i))) {
      i++;
    }
    if (i == nameStart || !Character.isLowerCase(s.charAt(nameStart)) || i >= s.length()) {
      return -1;
    }
    if (closing) {
      return s.charAt(i) == ']' ? i + 1 : -1;
    }
    if (s.charAt(i) != ' ') {
      return -1;
    }
    boolean attribute = false;
    for (int limit = Math.min(s.length(), at + MAX_CHARS); i < limit; i++) {
      char c = s.charAt(i);
      if (c == '=') {
        attribute = true;
      } else if (c == ']') {
        return attribute ? i + 1 : -1;
      } else if (c == '[') {
        return -1;
      }
    }
    return -1;
  }

  /** The end of an escaped tag at {@code at} ({@code <img src=...>}, {@code </a>}), or -1. */
  private static int tagEnd(String s, int at) {
    int i = at + 1;
    if (i < s.length() && s.charAt(i) == '/') {
      i++;
    }
    int nameStart = i;
    while (i < s.length() && Character.isLetterOrDigit(s.charAt(i)) && i - nameStart < 12) {
      i++;
    }
    if (i == nameStart || i >= s.length() || !TAGS.contains(s.substring(nameStart, i).toLowerCase(java.util.Locale.ROOT))) {
      return -1;
    }
    char after = s.charAt(i);
    if (after != '>' && after != ' ' && after != '/') {
      return -1;
    }
    for (int limit = Math.min(s.length(), at + MAX_CHARS); i < limit; i++) {
      char c = s.charAt(i);
      if (c == '>') {
        return i + 1;
      } else if (c == '<') {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isNameChar(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
  }
}
