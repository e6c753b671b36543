package io.github.lede.ingest.html;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a heading is kept out of sight: templates add headings for screen readers only ("Navigation",
 * "Hauptmenü", or the page title again next to the visible headline) with classes such as {@code sr-only} or
 * {@code visually-hidden}, and hide others with the {@code hidden} attribute or an inline style. Such a
 * heading is not the headline the reader sees.
 */
final class OffScreen {
  /** Class names that hide an element, in the common CSS frameworks and CMS themes. */
  private static final Set<String> HIDING_CLASSES = Set.of("hidden", "sr-only", "screen-reader-text",
      "screen-reader", "screenreader", "visually-hidden", "visuallyhidden", "invisible", "element-invisible",
      "element-hidden", "aural", "offscreen", "off-screen", "show-for-sr", "d-none", "hide", "is-hidden");
  /** Endings of namespaced hiding classes ("u-visually-hidden", "c-heading--sr-only"). */
  private static final String[] HIDING_ENDINGS = {"-visually-hidden", "-visuallyhidden", "-sr-only", "_sr-only",
      "-screen-reader-text", "__hidden", "--hidden"};

  private OffScreen() {}

  static boolean isHidden(org.jsoup.nodes.Element e) {
    if (Boilerplate.isHidden(e) || e.attr("aria-hidden").equalsIgnoreCase("true")) {
      return true;
    }
    String classes = e.className();
    int start = 0;
    for (int i = 0; i <= classes.length(); i++) {
      if (i == classes.length() || classes.charAt(i) == ' ') {
        if (i > start && hides(classes.substring(start, i).toLowerCase(Locale.ROOT))) {
          return true;
        }
        start = i + 1;
      }
    }
    return false;
  }

  private static boolean hides(String cls) {
    if (HIDING_CLASSES.contains(cls)) {
      return true;
    }
    for (String end : HIDING_ENDINGS) {
      if (cls.endsWith(end)) {
        return true;
      }
    }
    return false;
  }
}
