package io.github.lede.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A heading's text as the headline reads, without what the markup adds around it: ruby annotations (the
 * readings printed over Japanese and Chinese characters), parts kept out of sight (a " | Site" only screen
 * readers hear), and a {@code <small>} line after the headline's words (its subtitle, date or categories).
 */
final class HeadingText {
  private HeadingText() {}

  /** The text with white space collapsed, or null when it runs past {@code maxChars}. */
  static String of(Element heading, int maxChars) {
    return HtmlText.boundedText(heading, maxChars, HeadingText::isAside);
  }

  private static boolean isAside(Element e, boolean afterText) {
    String tag = e.normalName();
    return tag.equals("rt") || tag.equals("rp") || tag.equals("script") || tag.equals("style")
        || tag.equals("small") && afterText || OffScreen.isHidden(e);
  }

  /** The next node in document order inside {@code root}, into the children only when {@code descend}. */
  static Node next(Node node, Element root, boolean descend) {
    if (descend && node.childNodeSize() > 0) {
      return node.childNode(0);
    }
    Node n = node;
    while (n != null && n != root && n.nextSibling() == null) {
      n = n.parent();
    }
    return n == null || n == root ? null : n.nextSibling();
  }
}
