package io.github.lede.ingest.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is never article text, in one pass over the tree: scripts, styles, forms' controls,
 * navigation, asides and footers; hidden elements; and elements whose class, id or role name them as
 * comments, sharing, related links, cookie and subscription prompts, ads, menus or sidebars. As in
 * Readability, a name that also says "content", "article", "main" or "body" protects the element: sites wrap
 * the whole article in "content-with-sidebar".
 */
final class Boilerplate {
  private static final Set<String> DROP_TAGS = Set.of(
      "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "video",
      "audio", "button", "input", "select", "textarea", "option", "nav", "aside", "footer", "dialog", "menu",
      "link", "meta", "form");

  /** Words in class, id or role that mark boilerplate. */
  private static final Set<String> NEGATIVE = Set.of(
      "comment", "comments", "commentlist", "kommentar", "kommentare", "disqus", "share", "sharing", "shariff",
      "social", "socials", "sociallinks", "related", "recommended", "recommendations", "cookie", "cookies",
      "consent", "gdpr", "newsletter", "subscribe", "subscription", "paywall", "promo", "advert",
      "advertisement", "ad", "ads", "adsense", "sponsor", "sponsored", "sidebar", "breadcrumb", "breadcrumbs",
      "menu", "navbar", "nav", "navigation", "pagination", "pager", "footer", "widget", "widgets", "popup",
      "modal", "overlay", "tags", "tagcloud", "taglist", "meta", "byline", "skip", "print", "toolbar",
      "masthead", "login", "signup", "search", "outbrain", "taboola", "rating", "follow", "banner", "complementary",
      "contentinfo", "author", "date", "datum", "postmetadata", "pagenav", "sharebar", "teaserlist");

  /** Words that protect an element whatever else its names say. */
  private static final Set<String> POSITIVE = Set.of(
      "content", "article", "main", "body", "column", "shadow", "artikel", "inhalt");

  private Boilerplate() {}

  static void strip(Element root) {
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element e && depth > 0 && isBoilerplate(e)) {
          return FilterResult.REMOVE;
        }
        return FilterResult.CONTINUE;
      }
    }, root);
  }

  static boolean isBoilerplate(Element e) {
    String tag = e.normalName();
    if (DROP_TAGS.contains(tag)) {
      // A form sometimes wraps a whole page (ASP.NET); only a small one is a form.
      return !tag.equals("form") || e.childrenSize() < 3;
    }
    if (tag.equals("body") || tag.equals("main") || tag.equals("article") || tag.equals("html")) {
      return false;
    }
    if (e.hasAttr("hidden") || isHiddenByStyle(e.attr("style"))) {
      return true;
    }
    String names = e.className() + ' ' + e.id() + ' ' + e.attr("role");
    if (names.isBlank()) {
      return false;
    }
    return hasWord(names, NEGATIVE) && !hasWord(names, POSITIVE);
  }

  private static boolean isHiddenByStyle(String style) {
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  /** Whether a word of the names (split at anything but letters and digits, lower-cased) is in the set. */
  static boolean hasWord(String names, Set<String> words) {
    int n = names.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(names.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(names.charAt(i))) {
        i++;
      }
      if (i > start && i - start <= 20 && words.contains(names.substring(start, i).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
