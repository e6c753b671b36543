package io.github.lede.ingest.html;

import io.github.lede.text.AuthorNames;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Authors shown on the page when its metadata names none: the text of an {@code itemprop="author"},
 * {@code rel="author"} or author- or byline-named element, without its "By", "Von", "Posted by".
 */
final class VisibleAuthors {
  /** A byline longer than this is a biography or a list of articles. */
  private static final int MAX_CHARS = 80;
  private static final int MAX_WORDS = 6;
  private static final List<String> LEADS = List.of(
      "posted by ", "written by ", "geschrieben von ", "verfasst von ", "autor: ", "autorin: ", "author: ",
      "by ", "von ", "par ", "por ", "di ", "door ");

  private VisibleAuthors() {}

  /** Whether the element is where pages show authors. */
  static boolean marksAuthor(Element e) {
    return marksAuthor(e, e.className());
  }

  /** {@link #marksAuthor(Element)} with the element's class names already read. */
  static boolean marksAuthor(Element e, String cls) {
    if (e.attr("itemprop").equalsIgnoreCase("author") || e.attr("rel").equalsIgnoreCase("author")) {
      return true;
    }
    return namesAuthor(cls);
  }

  /**
   * Whether a word of the class names starts with "author", "byline" or "autor" ("authorName",
   * "post-author"), in any case: one pass, no copy of the names.
   */
  private static boolean namesAuthor(String names) {
    for (int at = 0; at < names.length(); at++) {
      char c = (char) (names.charAt(at) | 0x20);
      if ((c == 'a' || c == 'b') && (at == 0 || !Character.isLetter(names.charAt(at - 1)))
          && (names.regionMatches(true, at, "author", 0, 6) || names.regionMatches(true, at, "byline", 0, 6)
          || names.regionMatches(true, at, "autor", 0, 5))) {
        return true;
      }
    }
    return false;
  }

  /** The names in the first author element that holds a short name, or none. */
  static List<String> find(List<Element> candidates) {
    for (Element e : candidates) {
      String text = HtmlText.boundedText(e, MAX_CHARS);
      if (text == null) {
        continue;
      }
      String names = withoutLead(text);
      List<String> out = new ArrayList<>();
      for (String n : AuthorNames.split(names)) {
        if (isName(n)) {
          out.add(n);
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }

  private static String withoutLead(String text) {
    String t = text.strip();
    for (String lead : LEADS) {
      if (t.regionMatches(true, 0, lead, 0, lead.length())) {
        return t.substring(lead.length()).strip();
      }
    }
    return t;
  }

  /** A few words with letters, no digits (a date) and no URL. */
  private static boolean isName(String s) {
    if (s.isEmpty() || HtmlText.isUrl(s) || s.contains("@") || s.contains("http")) {
      return false;
    }
    int words = 1;
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
      if (c == ' ') {
        words++;
      }
    }
    return letter && words <= MAX_WORDS;
  }
}
