package io.github.lede.ingest.html;

import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * The headline of a page without an {@code <h1>}: its first {@code <h2>} outside the page's furniture. Older
 * blog themes and many small sites set the post's or page's title as an {@code <h2>} ("Bootsdienst Ausbildung"
 * under a page title that only reads "Feuerwehr Oldenburg - Ausbildung"), and a page title that names only
 * the site says less. Headings in navigation, sidebars, widgets and footers ("Archives", "Kategorien") are
 * passed over, as {@link Boilerplate} finds them; so is a one-word {@code <h2>}, usually a section's label.
 */
final class H2Headlines {
  private H2Headlines() {}

  /** The first {@code <h2>} outside furniture, or null when the page has a visible {@code <h1>}. */
  static String firstWithoutH1(Boilerplate furniture, List<Element> headings, Function<Element, String> text) {
    for (Element e : headings) {
      if (e.normalName().equals("h1") && !SiteLogos.isLogo(e) && !OffScreen.isHidden(e)) {
        String t = text.apply(e);
        if (t != null && !t.isBlank()) {
          return null;
        }
      }
    }
    for (Element e : headings) {
      if (SiteLogos.isLogo(e) || OffScreen.isHidden(e)) {
        continue;
      }
      String t = text.apply(e);
      if (t == null || t.isBlank()) {
        continue;
      }
      if (e.normalName().equals("h2") && t.strip().indexOf(' ') > 0 && !inFurniture(e, furniture)) {
        return t;
      }
    }
    return null;
  }

  private static boolean inFurniture(Element e, Boilerplate furniture) {
    for (Element a = e; a != null; a = a.parent()) {
      if (furniture.covers(a)) {
        return true;
      }
    }
    return false;
  }
}
