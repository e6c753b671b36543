package io.github.lede.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Takes the kicker off a headline marked up inside its {@code <h1>}: news sites set a short topic line above the
 * headline in its own element ({@code <h1><span class="kicker">Climate</span> Drilling until it gets hot</h1>}),
 * which is not part of the headline the article is known by. The kicker is the {@code <h1>}'s first part with
 * text when that part is an element of its own and shorter than what follows it.
 */
final class Kickers {
  /** Characters that join a kicker to its headline ("Climate: …", "Climate – …"). */
  private static final String JOINERS = ":-–—|/·•";
  /** Inline markup that emphasises or links words of the headline itself, never a kicker of its own. */
  private static final java.util.Set<String> INLINE = java.util.Set.of("a", "b", "strong", "em", "i", "u", "br",
      "img", "sup", "sub", "abbr", "q", "mark", "code", "ruby");
  /** Child nodes of an {@code <h1>} looked at, at most. */
  private static final int MAX_CHILDREN = 16;
  /** A headline after a kicker has at least this many words: a shorter rest is the headline's own ending. */
  private static final int MIN_REST_WORDS = 2;

  private Kickers() {}

  /** The heading's text without its kicker, or null when it has none. */
  static String withoutKicker(Element h1, int maxChars) {
    // A link around the whole headline ("<h1><a href=…><span>Kicker</span>Headline</a></h1>") is looked into.
    Element heading = h1;
    for (int depth = 0; depth < 3 && onlyChild(heading) instanceof Element inner; depth++) {
      heading = inner;
    }
    int n = heading.childNodeSize();
    if (n < 2 || n > MAX_CHILDREN) {
      return null;
    }
    int first = 0;
    while (first < n && isBlank(heading.childNode(first))) {
      first++;
    }
    if (first >= n - 1 || !(heading.childNode(first) instanceof Element kicker)
        || INLINE.contains(kicker.normalName())) {
      return null;
    }
    String kickerText = HeadingText.of(kicker, maxChars);
    StringBuilder rest = new StringBuilder();
    for (int i = first + 1; i < n; i++) {
      Node node = heading.childNode(i);
      String t = node instanceof TextNode tn ? tn.getWholeText()
          : node instanceof Element e ? (OffScreen.isHidden(e) ? "" : HeadingText.of(e, maxChars)) : "";
      if (t == null) {
        return null;
      }
      if (node instanceof Element e && e.isBlock()) {
        rest.append(' ');
      }
      rest.append(t);
    }
    String headline = stripJoiners(HtmlText.collapse(rest.toString()));
    // "Row before the works meeting: Cracks between…" is one sentence over two lines; so is a first word in its
    // own span that the text goes on from in lower case.
    if (kickerText == null || kickerText.isEmpty() || kickerText.endsWith(":") || words(headline) < MIN_REST_WORDS
        || kickerText.length() >= headline.length() || Character.isLowerCase(headline.charAt(0))) {
      return null;
    }
    return headline;
  }

  /** The node's only child that is not blank, or null. */
  private static Node onlyChild(Element e) {
    Node only = null;
    for (int i = 0; i < e.childNodeSize() && i < MAX_CHILDREN; i++) {
      if (!isBlank(e.childNode(i))) {
        if (only != null) {
          return null;
        }
        only = e.childNode(i);
      }
    }
    return only;
  }

  private static boolean isBlank(Node node) {
    return node instanceof TextNode t ? t.isBlank() : !(node instanceof Element);
  }

  private static String stripJoiners(String s) {
    int start = 0;
    while (start < s.length() && (JOINERS.indexOf(s.charAt(start)) >= 0 || s.charAt(start) == ' ')) {
      start++;
    }
    return s.substring(start);
  }

  private static int words(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != ' ' && (i == 0 || s.charAt(i - 1) == ' ')) {
        n++;
      }
    }
    return n;
  }
}
