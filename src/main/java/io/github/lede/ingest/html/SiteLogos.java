package io.github.lede.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Whether a heading is the site's name rather than the page's headline: blog and site templates put their name
 * in an {@code <h1>} on every page, as a link to the home page ({@code <h1><a href="/">The Harbour Blog</a></h1>}),
 * while the post's own title sits in a lower heading. A heading whose whole text is inside links to a site's root
 * is taken for such a logo.
 */
final class SiteLogos {
  private SiteLogos() {}

  /** Nodes looked at in one heading at most: a logo is a link and a few words. */
  private static final int MAX_NODES = 64;

  static boolean isLogo(Element heading) {
    boolean linked = false;
    int seen = 0;
    // Iterative walk over the heading's descendants: every text with letters must sit in a home link.
    Node node = heading.firstChild();
    while (node != null && node != heading) {
      if (++seen > MAX_NODES) {
        return false;
      }
      if (node instanceof Element e && e.normalName().equals("a")) {
        if (!isHomeLink(e.attr("href"))) {
          return false;
        }
        linked = true;
        node = HeadingText.next(node, heading, false);
        continue;
      }
      if (node instanceof TextNode t && !t.isBlank()) {
        return false;
      }
      node = HeadingText.next(node, heading, true);
    }
    return linked;
  }

  /**
   * Whether a link points at a site's root: "/", "../index.html", "https://example.org/", or an archive's copy
   * of one ("https://web.archive.org/web/2014/http://example.org/"). The last address in the link decides.
   */
  static boolean isHomeLink(String href) {
    String h = href.strip();
    if (h.isEmpty() || h.startsWith("#") || h.regionMatches(true, 0, "javascript:", 0, 11)) {
      return false;
    }
    int cut = firstOf(h, '?', '#');
    if (cut >= 0) {
      h = h.substring(0, cut);
    }
    h = withoutIndexPage(trimSlashes(h));
    h = trimSlashes(h);
    if (h.isEmpty() || h.equals(".") || h.equals("..") || h.equals("./..") || h.equals("../..")) {
      return true;
    }
    int scheme = h.lastIndexOf("://");
    if (scheme >= 0) {
      return h.indexOf('/', scheme + 3) < 0;
    }
    return h.startsWith("//") && h.indexOf('/', 2) < 0;
  }

  private static String trimSlashes(String h) {
    int end = h.length();
    while (end > 0 && h.charAt(end - 1) == '/') {
      end--;
    }
    return h.substring(0, end);
  }

  /** "…/index.html", "…/index.php", "…/home.htm": the root's own page. */
  private static String withoutIndexPage(String h) {
    int slash = h.lastIndexOf('/');
    String last = h.substring(slash + 1).toLowerCase(java.util.Locale.ROOT);
    int dot = last.indexOf('.');
    String stem = dot < 0 ? "" : last.substring(0, dot);
    if (stem.equals("index") || stem.equals("home") || stem.equals("default")) {
      return slash < 0 ? "" : h.substring(0, slash);
    }
    return h;
  }

  private static int firstOf(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }
}
