package io.github.lede.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A heading's text as the headline reads, without what the markup adds around it: ruby annotations (the
 * readings printed over Japanese and Chinese characters), parts kept out of sight (a " | Site" only screen
 * readers hear), and a {@code <small>} line after the headline's words (its subtitle, date or categories).
 */
final class HeadingText {
  private HeadingText() {}

  /** The text with white space collapsed, or null when it runs past {@code maxChars}. */
  static String of(Element heading, int maxChars) {
    StringBuilder sb = new StringBuilder();
    int visited = 0;
    Node node = heading.firstChild();
    while (node != null) {
      if (++visited > 4 * maxChars || sb.length() > maxChars) {
        return null;
      }
      boolean descend = true;
      if (node instanceof TextNode t) {
        HtmlText.appendCollapsed(sb, t.getWholeText());
      } else if (node instanceof Element e) {
        if (isAside(e, sb.length() > 0)) {
          descend = false;
        } else if (e.isBlock() && sb.length() > 0) {
          HtmlText.appendCollapsed(sb, " ");
        }
      }
      node = next(node, heading, descend);
    }
    return sb.length() > maxChars ? null : HtmlText.collapse(sb.toString());
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
