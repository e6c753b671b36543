package io.github.lede.ingest.html;

import java.util.function.BiPredicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Small text helpers for what comes out of a page. */
final class HtmlText {
  private HtmlText() {}

  /** Runs of white space (including no-break and other Unicode spaces) made one space; ends trimmed. */
  static String collapse(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    appendCollapsed(sb, s);
    int end = sb.length();
    if (end > 0 && sb.charAt(end - 1) == ' ') {
      sb.setLength(end - 1);
    }
    return sb.toString();
  }

  /**
   * Appends {@code s} with white space collapsed, never starting {@code sb} or doubling a space in it.
   *
   * @return how many characters other than spaces were appended
   */
  static int appendCollapsed(StringBuilder sb, CharSequence s) {
    int before = sb.length();
    int spaces = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
          sb.append(' ');
          spaces++;
        }
      } else if (c != '\u200B' && c != '\uFEFF') {
        // Zero-width spaces and stray BOMs are invisible on the page and would split words. Soft hyphens stay:
        // they are part of the word as written, and search analysis ignores them.
        sb.append(c);
      }
    }
    return sb.length() - before - spaces;
  }

  /**
   * White space as a page shows it: ASCII's, and Unicode's space separators (no-break, figure, thin, ideographic
   * ...), line and paragraph separators. Asked of every character of a page, so the ASCII letters answer first
   * and no table is looked up: this is {@link Character#isSpaceChar} spelled out, plus tab and line ends.
   */
  static boolean isSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
    if (c < '\u00A0') {
      return false;
    }
    return c == '\u00A0' || c == '\u1680' || c >= '\u2000' && c <= '\u200A' || c == '\u2028' || c == '\u2029'
        || c == '\u202F' || c == '\u205F' || c == '\u3000';
  }

  /**
   * The element's text, white space collapsed, or null when it runs past {@code maxChars}: the walk stops
   * there, so a label check on a huge element costs no more than on a small one.
   */
  static String boundedText(Element e, int maxChars) {
    return boundedText(e, maxChars, (el, afterText) -> false);
  }

  /**
   * As {@link #boundedText(Element, int)}, leaving out the elements (and all below them) that {@code leaveOut}
   * names; it is told whether text has been read before the element.
   */
  static String boundedText(Element e, int maxChars, BiPredicate<Element, Boolean> leaveOut) {
    StringBuilder sb = new StringBuilder();
    int[] nodes = {0};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          appendCollapsed(sb, t.getWholeText());
        } else if (node instanceof Element el && node != e && leaveOut.test(el, sb.length() > 0)) {
          return ++nodes[0] > 4 * maxChars ? FilterResult.STOP : FilterResult.SKIP_ENTIRELY;
        } else if (node instanceof Element el && el.isBlock() && sb.length() > 0) {
          appendCollapsed(sb, " ");
        }
        return sb.length() > maxChars || ++nodes[0] > 4 * maxChars ? FilterResult.STOP : FilterResult.CONTINUE;
      }
    }, e);
    if (sb.length() > maxChars || nodes[0] > 4 * maxChars) {
      return null;
    }
    return collapse(sb.toString());
  }

  static boolean isUrl(String s) {
    return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("//") || s.startsWith("/");
  }
}
