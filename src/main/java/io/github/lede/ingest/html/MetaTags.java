package io.github.lede.ingest.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} tags by name: {@code property} (OpenGraph, {@code article:*}), {@code name} and
 * {@code itemprop}, lower-cased; the first non-blank value of a name wins.
 */
final class MetaTags {
  private final Map<String, String> values = new HashMap<>();

  private MetaTags() {}

  static MetaTags of(List<Element> metaElements) {
    MetaTags m = new MetaTags();
    for (Element meta : metaElements) {
      String content = meta.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String key : new String[] {"property", "name", "itemprop"}) {
        String name = meta.attr(key).strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty()) {
          m.values.putIfAbsent(name, content);
        }
      }
    }
    return m;
  }

  /** The value of the first of the names present, or null. */
  String first(String... names) {
    for (String n : names) {
      String v = values.get(n);
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
