package io.github.lede.ingest.html;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds what is never article text: scripts, styles, forms' controls,
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

  /**
   * Words in class, id or role that name a box around the article, never the article: comments, prompts,
   * related links. Such an element goes whole.
   */
  private static final Set<String> WIDGETS = Set.of(
      "comment", "comments", "commentlist", "kommentar", "kommentare", "disqus", "related", "recommended",
      "recommendations", "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription",
      "paywall", "breadcrumb", "breadcrumbs", "pagination", "pager", "popup", "modal", "login", "signup",
      "outbrain", "taboola", "pagenav", "sharebar", "teaserlist", "bio", "biography", "authorbox", "authorbio",
      "abouttheauthor", "autorenbox", "autorbox");

  /**
   * Words that name page furniture but also turn up as modifiers on the article's own wrappers ("has-ads",
   * "sidebar-layout", "entry share", "print-full"): such an element goes only when it holds no paragraph
   * of prose.
   */
  private static final Set<String> FURNITURE = Set.of(
      "share", "sharing", "shariff", "social", "socials", "sociallinks", "promo", "advert", "advertisement",
      "ad", "ads", "adsense", "sponsor", "sponsored", "sidebar", "menu", "navbar", "nav", "navigation", "footer",
      "overlay", "skip", "print", "toolbar", "masthead", "search", "rating", "follow", "banner",
      "complementary", "contentinfo");

  /** A paragraph with this much text is prose, not furniture. */
  private static final int PROSE_CHARS = 150;

  /**
   * Words that name a label beside the article (its date, byline, tags): such an element goes only when it
   * is short, since blogs also wrap whole posts in "date-outer" or "post-meta-wrapper".
   */
  private static final Set<String> LABELS = Set.of(
      "meta", "byline", "author", "date", "datum", "tags", "tagcloud", "taglist", "postmetadata", "published",
      "posted", "time");
  /** Longest text, in characters, of an element removed for a label word. */
  private static final int MAX_LABEL_CHARS = 200;

  /** Words that protect an element whatever else its names say. */
  private static final Set<String> POSITIVE = Set.of(
      "content", "article", "main", "body", "column", "shadow", "artikel", "inhalt");

  /**
   * An element named as a widget goes only when it holds less than this share of the page's text: pages also
   * wrap everything in "ad-takeover" or "widget Blog" elements.
   */
  private static final double MAX_WIDGET_SHARE = 0.5;

  private final Element root;
  /** Text length and prose bit of every element named as boilerplate, and of the root. */
  private final Map<Element, Integer> flagged;
  private final int total;

  private Boilerplate(Element root) {
    this.root = root;
    this.flagged = flaggedTextLengths(root);
    this.total = flagged.getOrDefault(root, 0) >>> 1;
  }

  /**
   * Looks the page over once. The tree is not changed: the walk that reads the text skips what
   * {@link #covers} names, since removing many siblings one by one from a DOM costs the square of their
   * number.
   */
  static Boilerplate of(Element root) {
    return new Boilerplate(root);
  }

  /** Whether the element, with everything below it, is boilerplate. */
  boolean covers(Element e) {
    if (e == root) {
      return false;
    }
    if (isDropTag(e) || isHidden(e)) {
      return true;
    }
    Integer packed = flagged.get(e);
    if (packed == null) {
      return false;
    }
    int chars = packed >>> 1;
    boolean prose = (packed & 1) != 0;
    boolean small = chars < total * MAX_WIDGET_SHARE;
    String names = names(e);
    return chars <= MAX_LABEL_CHARS
        || small && hasWord(names, WIDGETS)
        || small && !prose && hasWord(names, FURNITURE);
  }

  /**
   * One pass that counts the text (without white space) below every element named as a widget or label,
   * and below the root (the page's total), by summing children into parents on the way back up; and whether
   * a paragraph of prose stands below it. Both are packed in one int: {@code chars << 1 | prose}.
   */
  private static Map<Element, Integer> flaggedTextLengths(Element root) {
    Map<Element, Integer> out = new IdentityHashMap<>();
    int[][] stack = {new int[64]};
    boolean[][] prose = {new boolean[64]};
    int[] top = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          if (top[0] > 0) {
            stack[0][top[0] - 1] += visibleChars(t.getWholeText());
          }
        } else if (node instanceof Element) {
          if (top[0] == stack[0].length) {
            stack[0] = Arrays.copyOf(stack[0], top[0] * 2);
            prose[0] = Arrays.copyOf(prose[0], top[0] * 2);
          }
          prose[0][top[0]] = false;
          stack[0][top[0]++] = 0;
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
          return;
        }
        int chars = stack[0][--top[0]];
        boolean hasProse = prose[0][top[0]] || e.normalName().equals("p") && chars >= PROSE_CHARS;
        if (top[0] > 0) {
          stack[0][top[0] - 1] += chars;
          prose[0][top[0] - 1] |= hasProse;
        }
        if (e == root || isNamedBoilerplate(e)) {
          out.put(e, chars << 1 | (hasProse ? 1 : 0));
        }
      }
    }, root);
    return out;
  }

  private static int visibleChars(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!HtmlText.isSpace(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static boolean isDropTag(Element e) {
    String tag = e.normalName();
    // A form sometimes wraps a whole page (ASP.NET); only a small one is a form.
    return DROP_TAGS.contains(tag) && (!tag.equals("form") || e.childrenSize() < 3);
  }

  private static boolean isHidden(Element e) {
    return e.hasAttr("hidden") || isHiddenByStyle(e.attr("style"));
  }

  private static String names(Element e) {
    return e.className() + ' ' + e.id() + ' ' + e.attr("role");
  }

  /** Named as a widget or a label, and not also as the content. */
  private static boolean isNamedBoilerplate(Element e) {
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("main") || tag.equals("article") || tag.equals("html")) {
      return false;
    }
    String names = names(e);
    return !names.isBlank() && (hasWord(names, WIDGETS) || hasWord(names, FURNITURE) || hasWord(names, LABELS))
        && !hasWord(names, POSITIVE);
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
