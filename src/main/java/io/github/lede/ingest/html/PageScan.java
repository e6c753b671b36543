package io.github.lede.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The elements the metadata readers look at, gathered in one walk over the page instead of one search per
 * kind: {@code <meta>} tags, JSON-LD scripts, canonical links, {@code <h1>}s, {@code <time>}s, microdata
 * publication dates and elements whose names say "date". The same walk counts what {@link Boilerplate} needs
 * to know of the body, so the page is walked once for both.
 */
final class PageScan {
  /** Publication labels kept at most. */
  private static final int MAX_LABELS = 8;
  /** Headings kept at most. */
  private static final int MAX_HEADINGS = 100;
  /** Date-named elements kept at most: the first ones on a page are the ones that date it. */
  private static final int MAX_DATE_ELEMENTS = 400;

  final List<Element> metas = new ArrayList<>();
  final List<Element> jsonLd = new ArrayList<>();
  final List<Element> canonicals = new ArrayList<>();
  final List<Element> h1s = new ArrayList<>();
  /** The first {@code <h1>} to {@code <h3>}s, in page order, for the headline to be matched with the title. */
  final List<Element> headings = new ArrayList<>();
  /** The first {@code <title>} outside SVG, wherever it is: text printed before the markup moves it out of the head. */
  Element title;
  final List<Element> times = new ArrayList<>();
  final List<Element> itempropDates = new ArrayList<>();
  final List<Element> dateNamed = new ArrayList<>();
  /** Date-named elements and {@code <time>}s inside readers' comments, kept apart from the article's. */
  final List<Element> commentDates = new ArrayList<>();
  /** Elements where pages show authors, the first few. */
  final List<Element> authorElements = new ArrayList<>();
  /** Elements whose own text labels a publication or update date ("Veröffentlicht am", "Updated on"), the first few. */
  final List<Element> dateLabels = new ArrayList<>();

  /** The comment section the walk is in, or null: readers' comments carry dates that are not the article's. */
  private Element comment;
  /** The body's furniture, counted in the same walk. */
  Boilerplate boilerplate;

  private PageScan() {}

  static PageScan of(Document doc) {
    PageScan s = new PageScan();
    Boilerplate.Counter furniture = new Boilerplate.Counter(doc.body());
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          // class and id are read once here for the several checks below
          boolean named = e.attributesSize() > 0;
          String cls = named ? e.className() : "";
          String id = named ? e.id() : "";
          furniture.open(e, cls, id);
          if (s.comment == null && named && VisibleDates.marksComment(e, cls, id)) {
            s.comment = e;
          }
          s.visit(e, cls, id);
        } else if (node instanceof TextNode t) {
          String text = t.getWholeText();
          furniture.text(text);
          if (s.comment == null && s.dateLabels.size() < MAX_LABELS && node.parent() instanceof Element parent
              && VisibleDates.holdsDateLabel(text)) {
            s.dateLabels.add(parent);
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          furniture.close(e);
        }
        if (node == s.comment) {
          s.comment = null;
        }
      }
    }, doc);
    s.boilerplate = furniture.finish();
    return s;
  }

  /** An SVG's {@code <title>} sits a few levels under its {@code <svg>}; only those few are looked at. */
  private static boolean inSvg(Element e) {
    Element a = e.parent();
    for (int up = 0; up < 8 && a != null; up++, a = a.parent()) {
      if (a.normalName().equals("svg")) {
        return true;
      }
    }
    return false;
  }

  private void addHeading(Element e) {
    if (headings.size() < MAX_HEADINGS) {
      headings.add(e);
    }
  }

  private void visit(Element e, String cls, String id) {
    switch (e.normalName()) {
      case "meta" -> metas.add(e);
      case "script" -> {
        if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
          jsonLd.add(e);
        }
      }
      case "link" -> {
        if (e.attr("rel").equalsIgnoreCase("canonical")) {
          canonicals.add(e);
        }
      }
      case "h1" -> {
        h1s.add(e);
        addHeading(e);
      }
      case "h2", "h3" -> addHeading(e);
      case "title" -> {
        if (title == null && !inSvg(e)) {
          title = e;
        }
      }
      case "time" -> {
        if (comment == null) {
          times.add(e);
        } else if (commentDates.size() < MAX_DATE_ELEMENTS) {
          commentDates.add(e);
        }
      }
      default -> { }
    }
    if (e.attributesSize() == 0) {
      return;
    }
    if (e.attr("itemprop").equals("datePublished")) {
      itempropDates.add(e);
    }
    if (authorElements.size() < MAX_LABELS && VisibleAuthors.marksAuthor(e, cls)) {
      authorElements.add(e);
    }
    if (dateNamed.size() < MAX_DATE_ELEMENTS && comment == null
        && (e.normalName().equals("time") || VisibleDates.namesDate(cls, id))) {
      dateNamed.add(e);
    } else if (comment != null && commentDates.size() < MAX_DATE_ELEMENTS && VisibleDates.namesDate(cls, id)) {
      commentDates.add(e);
    }
  }
}
