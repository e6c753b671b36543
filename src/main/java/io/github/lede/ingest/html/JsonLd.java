package io.github.lede.ingest.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.github.lede.text.AuthorNames;
import io.github.lede.json.JsonTree;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The article described in a page's JSON-LD ({@code <script type="application/ld+json">}): the first object
 * whose {@code @type} is an article type (NewsArticle, Article, ReportageNewsArticle, BlogPosting and their
 * kin), found at the top, in arrays, inside {@code @graph} or nested in another object. Sites write sloppy
 * JSON, so trailing commas and raw line breaks in strings are accepted; a block that still does not parse
 * is passed over.
 */
final class JsonLd {
  private static final JsonFactory LENIENT = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .build();
  /** Objects looked at per page at most: the walk is bounded whatever a page holds. */
  private static final int MAX_OBJECTS = 2000;

  /** What the article object says; any field may be null. */
  record Article(String headline, String published, List<String> authors, String publisher, String url) {}

  private JsonLd() {}

  static Article find(List<Element> scripts) {
    Article best = null;
    List<Object> roots = new ArrayList<>();
    for (Element script : scripts) {
      Object root = parse(script.data());
      if (root == null) {
        continue;
      }
      roots.add(root);
      Map<?, ?> article = first(root, JsonLd::isArticleType);
      if (article != null) {
        Article a = toArticle(article);
        if (best == null || best.headline() == null && a.headline() != null) {
          best = a;
        }
        if (best.headline() != null) {
          break;
        }
      }
    }
    if (best != null && best.published() != null) {
      return best;
    }
    // Blog engines (Yoast's graph, say) often date only the WebPage node, or type the post as none of the
    // article types: the page's own date stands in for the article's.
    String pageDate = null;
    for (int r = 0; r < roots.size() && pageDate == null; r++) {
      Map<?, ?> page = first(roots.get(r), JsonLd::isPageType);
      pageDate = page == null ? null : text(page.get("datePublished"));
    }
    if (pageDate == null) {
      return best;
    }
    return best == null ? new Article(null, pageDate, List.of(), null, null)
        : new Article(best.headline(), pageDate, best.authors(), best.publisher(), best.url());
  }

  private static Object parse(String json) {
    try (JsonParser p = LENIENT.createParser(json)) {
      if (p.nextToken() == null) {
        return null;
      }
      return JsonTree.read(p);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Breadth first, so that a page's main article wins over one nested in it (a "related" item). */
  private static Map<?, ?> first(Object root, java.util.function.Predicate<Object> isType) {
    Deque<Object> queue = new ArrayDeque<>();
    queue.add(root);
    int seen = 0;
    while (!queue.isEmpty() && seen++ < MAX_OBJECTS) {
      Object v = queue.poll();
      if (v instanceof List<?> list) {
        for (Object o : list) {
          if (o instanceof Map || o instanceof List) {
            queue.add(o);
          }
        }
      } else if (v instanceof Map<?, ?> map) {
        if (isType.test(map.get("@type"))) {
          return map;
        }
        for (Object child : map.values()) {
          if (child instanceof Map || child instanceof List) {
            queue.add(child);
          }
        }
      }
    }
    return null;
  }

  private static boolean isArticleType(Object type) {
    if (type instanceof List<?> list) {
      return list.stream().anyMatch(JsonLd::isArticleType);
    }
    if (!(type instanceof String s)) {
      return false;
    }
    String t = s.substring(s.lastIndexOf('/') + 1);
    return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("LiveBlogPosting")
        || t.equals("SocialMediaPosting") || t.equals("Report");
  }

  /** A web page as a whole, whose date is the page's publication: not a list or a site. */
  private static boolean isPageType(Object type) {
    if (type instanceof List<?> list) {
      return list.stream().anyMatch(JsonLd::isPageType);
    }
    if (!(type instanceof String s)) {
      return false;
    }
    String t = s.substring(s.lastIndexOf('/') + 1);
    return t.equals("WebPage") || t.equals("ItemPage");
  }

  private static Article toArticle(Map<?, ?> m) {
    String headline = text(m.get("headline"));
    if (headline == null) {
      headline = text(m.get("name"));
    }
    String published = text(m.get("datePublished"));
    if (published == null) {
      published = text(m.get("dateCreated"));
    }
    String url = text(m.get("url"));
    if (url == null && m.get("mainEntityOfPage") instanceof Map<?, ?> page) {
      url = text(page.get("@id"));
    }
    return new Article(headline, published, names(m.get("author")), name(m.get("publisher")), url);
  }

  private static List<String> names(Object v) {
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> list) {
      for (Object o : list) {
        out.addAll(names(o));
      }
    } else if (v instanceof String s) {
      out.addAll(AuthorNames.split(s));
    } else {
      String n = name(v);
      if (n != null) {
        out.add(n);
      }
    }
    out.removeIf(HtmlText::isUrl);
    return out;
  }

  private static String name(Object v) {
    if (v instanceof Map<?, ?> m) {
      return text(m.get("name"));
    }
    return text(v);
  }

  private static String text(Object v) {
    if (v instanceof String s) {
      String t = HtmlText.collapse(org.jsoup.parser.Parser.unescapeEntities(s, false));
      return t.isEmpty() ? null : t;
    }
    if (v instanceof List<?> list && !list.isEmpty()) {
      return text(list.get(0));
    }
    return null;
  }
}
