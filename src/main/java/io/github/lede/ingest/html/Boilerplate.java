package io.github.lede.ingest.html;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds what is never article text: scripts, styles, forms' controls,
 * navigation, asides and footers; hidden elements; and elements whose class, id or role name them as
 * comments, sharing, related links, cookie and subscription prompts, ads, menus or sidebars. As in
 * Readability, a name that also says "content", "article", "main" or "body" protects the element: sites wrap
 * the whole article in "content-with-sidebar".
 *
 * <p>The page is looked over in {@link PageScan}'s walk, which feeds a {@link Counter}. The tree is not changed:
 * the walk that reads the text skips what {@link #role} names, since removing many siblings one by one from a
 * DOM costs the square of their number.
 */
final class Boilerplate {
  private static final Set<String> DROP_TAGS = Set.of(
      "script", "style", "template", "svg", "math", "canvas", "iframe", "object", "embed", "video",
      "audio", "button", "input", "select", "textarea", "option", "nav", "aside", "footer", "dialog", "menu",
      "link", "meta", "form");

  /**
   * Words in class, id or role that name a box around the article, never the article: comments, prompts,
   * related links. Such an element goes whole.
   */
  private static final Set<String> WIDGETS = Set.of(
      "comment", "comments", "commentlist", "kommentar", "kommentare", "disqus", "related", "recommended",
      "recommendations", "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription",
      "breadcrumb", "breadcrumbs", "pagination", "pager", "popup", "modal", "login", "signup",
      "outbrain", "taboola", "pagenav", "sharebar", "teaserlist", "bio", "biography", "authorbox", "authorbio",
      "abouttheauthor", "autorenbox", "autorbox");

  /**
   * Words that name page furniture but also turn up as modifiers on the article's own wrappers ("has-ads",
   * "sidebar-layout", "entry share", "print-full"): such an element goes only when it holds no paragraph
   * of prose. "paywall" is one: the prompt to pay is furniture, but sites also wrap the article itself in
   * "paywall" containers, which hold its paragraphs.
   */
  private static final Set<String> FURNITURE = Set.of(
      "paywall", "share", "sharing", "shariff", "social", "socials", "sociallinks", "promo", "advert", "advertisement",
      "ad", "ads", "adsense", "sponsor", "sponsored", "sidebar", "menu", "navbar", "nav", "navigation", "footer",
      "overlay", "skip", "toolbar", "masthead", "search", "rating", "follow", "banner",
      "complementary", "contentinfo");

  /** A paragraph with this much text is prose, not furniture. */
  private static final int PROSE_CHARS = 150;

  /**
   * Words that name a label beside the article (its date, byline, tags): such an element goes only when it
   * is short, since blogs also wrap whole posts in "date-outer" or "post-meta-wrapper".
   */
  private static final Set<String> LABELS = Set.of(
      "meta", "byline", "author", "date", "datum", "tags", "tagcloud", "taglist", "postmetadata", "published",
      "posted");
  /** Longest text, in characters, of an element removed for a label word. */
  private static final int MAX_LABEL_CHARS = 200;

  /**
   * Words that name a photo's caption or credit. "legend" is also a chart's key, and "credit" a line under the
   * article: both are short, and the caption list is where a reader would look for them.
   */
  private static final Set<String> CAPTIONS = Set.of(
      "caption", "captions", "figcaption", "imagecaption", "photocaption", "wpcaption", "legend", "legende",
      "bildunterschrift", "bildtext", "bu", "credit", "credits", "photocredit", "imagecredit", "bildquelle",
      "fotocredit", "didascalia");

  /** Words that name the standfirst under a headline. */
  private static final Set<String> DEKS = Set.of(
      "dek", "deck", "standfirst", "subtitle", "subheadline", "subhead", "subheading", "strapline", "summary",
      "lede", "intro", "excerpt", "description", "abstract", "teaser", "teasertext", "lead", "leadtext",
      "vorspann", "chapo", "chapeau", "entradilla", "sommario", "occhiello");

  /** Words that name a pull quote, kept even when set in an {@code <aside>}. */
  private static final Set<String> QUOTES = Set.of("pullquote", "quote", "blockquote", "zitat", "citation");

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
  private final Map<Element, Long> flagged;
  private final long total;

  private Boilerplate(Element root, Map<Element, Long> flagged) {
    this.root = root;
    this.flagged = flagged;
    this.total = flagged.getOrDefault(root, 0L) >>> 8;
  }

  /** Whether the element, with everything below it, is boilerplate. */
  boolean covers(Element e) {
    return role(e) == Role.SKIP;
  }

  /** What an element is to the text walk: left out whole, a caption, a standfirst, or nothing of note. */
  enum Role { NONE, SKIP, CAPTION, DEK }

  /**
   * The element's role, from one look-up: boilerplate goes whole; an element whose names say caption or credit
   * ("wp-caption-text", "image-credit", "bildunterschrift") holds a caption when it is short, and one whose
   * names say standfirst ("dek", "standfirst", "article-summary") holds the dek when it is short.
   */
  Role role(Element e) {
    if (e == root) {
      return Role.NONE;
    }
    if (e.attributesSize() > 0 && isHidden(e)) {
      return Role.SKIP;
    }
    Long packed = flagged.get(e);
    if (isDropTag(e) && (packed == null || (packed & QUOTE_WORD) == 0 || !e.normalName().equals("aside"))) {
      // A pull quote set in an <aside> is the article's own words.
      return Role.SKIP;
    }
    if (packed == null) {
      return Role.NONE;
    }
    long chars = packed >>> 8;
    boolean prose = (packed & PROSE) != 0;
    boolean small = chars < total * MAX_WIDGET_SHARE;
    boolean furniture = (packed & (WIDGET | FURNITURE_WORD | LABEL)) != 0;
    if (furniture && chars <= MAX_LABEL_CHARS
        || small && (packed & WIDGET) != 0
        || small && !prose && (packed & FURNITURE_WORD) != 0) {
      return Role.SKIP;
    }
    if ((packed & CAPTION_WORD) != 0 && chars <= MAX_CAPTION_CHARS) {
      return Role.CAPTION;
    }
    if ((packed & DEK_WORD) != 0 && chars <= MAX_DEK_CHARS && !prose || (packed & ARTICLE_HEADER) != 0) {
      return Role.DEK;
    }
    return Role.NONE;
  }

  /**
   * Marks the article's header: the {@code <header>} (or the element named "header", "hero") a few levels
   * around the page's {@code <h1>}, where pages set the headline, the dek, the byline and the date. Its prose
   * is the dek. Logos and headings kept out of sight are passed over.
   */
  void markArticleHeaders(List<Element> h1s) {
    int marked = 0;
    for (Element h1 : h1s) {
      if (marked == MAX_HEADERS) {
        return;
      }
      if (SiteLogos.isLogo(h1) || OffScreen.isHidden(h1)) {
        continue;
      }
      Element a = h1.parent();
      for (int up = 0; up < HEADER_LEVELS && a != null && a != root; up++, a = a.parent()) {
        if (a.normalName().equals("header") || HEADER_WORDS.bitsOfWordsIn(a.className()) != 0) {
          // A "header" that holds the whole post is a wrapper, not the article's header.
          if (HtmlText.boundedText(a, MAX_HEADER_CHARS) != null) {
            flagged.merge(a, ARTICLE_HEADER, (x, y) -> x | y);
            marked++;
          }
          break;
        }
      }
    }
  }

  /** How far above an {@code <h1>} its header is looked for, and how many headers a page has at most. */
  private static final int HEADER_LEVELS = 4;
  private static final int MAX_HEADERS = 2;
  /** Most text in an article's header: a headline, a dek, a byline, a date and a few labels. */
  private static final int MAX_HEADER_CHARS = 1200;
  private static final WordSet HEADER_WORDS = new WordSet(Set.of("header", "hero", "heading", "headline"));

  /** Longest text, in characters, of an element taken for a caption by its names. */
  private static final int MAX_CAPTION_CHARS = 600;
  /** Longest text of an element taken for a standfirst by its names; a longer one is the article. */
  private static final int MAX_DEK_CHARS = 600;

  /** Bits of the packed value kept per flagged element: its names' kinds, and whether prose stands below. */
  private static final long WIDGET = 1;
  private static final long FURNITURE_WORD = 2;
  private static final long LABEL = 4;
  private static final long POSITIVE_WORD = 8;
  private static final long PROSE = 16;
  private static final long CAPTION_WORD = 32;
  private static final long DEK_WORD = 64;
  private static final long QUOTE_WORD = 128;
  /** Set on the article's header: the element around its headline, where the dek stands. */
  private static final long ARTICLE_HEADER = 256;

  /** Every word of the lists above and below, with the bit of its list. */
  private static final WordSet NAME_WORDS = nameWords();

  private static WordSet nameWords() {
    Map<String, Long> t = new java.util.HashMap<>();
    WIDGETS.forEach(w -> t.merge(w, WIDGET, (a, b) -> a | b));
    FURNITURE.forEach(w -> t.merge(w, FURNITURE_WORD, (a, b) -> a | b));
    LABELS.forEach(w -> t.merge(w, LABEL, (a, b) -> a | b));
    POSITIVE.forEach(w -> t.merge(w, POSITIVE_WORD, (a, b) -> a | b));
    CAPTIONS.forEach(w -> t.merge(w, CAPTION_WORD, (a, b) -> a | b));
    DEKS.forEach(w -> t.merge(w, DEK_WORD, (a, b) -> a | b));
    QUOTES.forEach(w -> t.merge(w, QUOTE_WORD, (a, b) -> a | b));
    return new WordSet(t);
  }

  /** The kinds of boilerplate the element's class, id and role name, or 0 (also when they say "content"). */
  private static long kinds(Element e, String cls, String id) {
    if (cls.isEmpty() && id.isEmpty() && e.attributesSize() == 0) {
      return 0;
    }
    String role = e.attr("role");
    if (cls.isEmpty() && id.isEmpty() && role.isEmpty()) {
      return 0;
    }
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("main") || tag.equals("article") || tag.equals("html")) {
      return 0;
    }
    long k = NAME_WORDS.bitsOfWordsIn(cls) | NAME_WORDS.bitsOfWordsIn(id) | NAME_WORDS.bitsOfWordsIn(role);
    // "content" protects from the boilerplate kinds; what the text is (a caption, a dek) stays.
    return (k & POSITIVE_WORD) != 0 ? k & (CAPTION_WORD | DEK_WORD | QUOTE_WORD) : k;
  }

  /**
   * Counts, in a walk it is fed, the text (without white space) below every element whose names say what it
   * is, and below the root (the page's total), by summing children into parents on the way back up; and
   * whether a paragraph of prose stands below it, and the kinds its names say. All are packed in one long:
   * {@code chars << 8 | PROSE | kinds}. Nodes outside the root are passed over.
   */
  static final class Counter {
    private final Element root;
    private final Map<Element, Long> out = new IdentityHashMap<>();
    private int[] chars = new int[64];
    private boolean[] prose = new boolean[64];
    private long[] kinds = new long[64];
    private int top;
    private boolean inside;

    Counter(Element root) {
      this.root = root;
    }

    /** An element opens; {@code cls} and {@code id} are its class and id, read once by the walker. */
    void open(Element e, String cls, String id) {
      if (e == root) {
        inside = true;
      }
      if (!inside) {
        return;
      }
      if (top == chars.length) {
        chars = Arrays.copyOf(chars, top * 2);
        prose = Arrays.copyOf(prose, top * 2);
        kinds = Arrays.copyOf(kinds, top * 2);
      }
      prose[top] = false;
      kinds[top] = e == root ? 0 : kinds(e, cls, id);
      chars[top++] = 0;
    }

    void text(String s) {
      if (inside && top > 0) {
        chars[top - 1] += visibleChars(s);
      }
    }

    void close(Element e) {
      if (!inside) {
        return;
      }
      int n = chars[--top];
      boolean hasProse = prose[top] || e.normalName().equals("p") && n >= PROSE_CHARS;
      long k = kinds[top];
      if (top > 0) {
        chars[top - 1] += n;
        prose[top - 1] |= hasProse;
      }
      if (e == root || k != 0) {
        out.put(e, (long) n << 8 | (hasProse ? PROSE : 0) | k);
      }
      if (e == root) {
        inside = false;
      }
    }

    Boilerplate finish() {
      return new Boilerplate(root, out);
    }
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

  /** Hidden by the {@code hidden} attribute or an inline style: never shown, so never article text. */
  static boolean isHidden(Element e) {
    return e.hasAttr("hidden") || isHiddenByStyle(e.attr("style"));
  }

  private static boolean isHiddenByStyle(String style) {
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
