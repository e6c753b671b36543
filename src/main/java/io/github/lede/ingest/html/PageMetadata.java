package io.github.lede.ingest.html;

import io.github.lede.text.AuthorNames;
import io.github.lede.text.PublicationDates;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's metadata, each field from its best source first: JSON-LD, then OpenGraph and {@code article:*}
 * tags, then other {@code <meta>} names, then the markup itself ({@code <time datetime>}, {@code <h1>},
 * {@code <title>} without the site's name, the canonical link). The earliest date among readers' comments is
 * kept apart: the last hint of when a page that dates nothing else appeared.
 */
record PageMetadata(String headline, String published, List<String> authors, String source, String url,
    String firstCommentDate, List<Element> h1s) {

  private static final String[] PUBLISHED_META = {
    "article:published_time", "og:published_time", "og:article:published_time", "article:published",
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
    "publication-date", "dc.date.issued", "dcterms.issued", "dc.date.created",
    "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "citation_publication_date",
    "citation_date", "originalpublicationdate", "created", "date_published"
  };
  /**
   * Meta names that date the page rather than the article: content systems fill them with the day the page
   * was generated or last edited. A date the page shows in its markup is trusted before them.
   */
  private static final String[] PAGE_DATE_META = {"date", "dc.date", "dcterms.date"};
  private static final String[] AUTHOR_META = {
    "author", "byl", "article:author", "og:article:author", "dc.creator", "dcterms.creator", "sailthru.author",
    "parsely-author", "citation_author", "twitter:creator"
  };

  /** Longer "titles" are whole sections marked up as headings; they are passed over. */
  private static final int MAX_TITLE_CHARS = 400;

  /** The page's metadata, from the elements {@code scan} gathered; its furniture keeps headings out. */
  static PageMetadata of(Document doc, PageScan scan) {
    Boilerplate boilerplate = scan.boilerplate;
    MetaTags meta = MetaTags.of(scan.metas);
    JsonLd.Article ld = JsonLd.find(scan.jsonLd);
    String site = first(meta.first("og:site_name", "application-name"), ld == null ? null : ld.publisher());
    String headline = headline(doc, scan, meta, ld, site, boilerplate);
    if (headline != null) {
      // One spelling for the same letters: "ড়" typed as one code point or as "ড" + nukta, "é" as one or two.
      headline = Normalizer.normalize(headline, Normalizer.Form.NFC);
    }
    String labelled = VisibleDates.afterLabel(scan.dateLabels, VisibleDates.PUBLICATION_LABELS);
    String shown = VisibleDates.find(scan.dateNamed);
    String published = firstDate(ld == null ? null : ld.published(), metaDate(meta, PUBLISHED_META),
        itempropDate(scan), timeElement(scan), labelled, shown, metaDate(meta, PAGE_DATE_META));
    String url = first(canonical(scan), meta.first("og:url"), ld == null ? null : ld.url());
    published = LocalDay.of(published, url == null ? null : UrlDates.find(url), labelled, shown);
    List<String> authors = ld == null ? List.of() : ld.authors();
    if (authors.isEmpty()) {
      authors = metaAuthors(meta);
    }
    if (authors.isEmpty()) {
      authors = VisibleAuthors.find(scan.authorElements);
    }
    if (published == null && url != null) {
      published = UrlDates.find(url);
    }
    if (published == null) {
      // "Updated on ...": later than the publication, but the only date the page gives.
      published = VisibleDates.afterLabel(scan.dateLabels, VisibleDates.UPDATE_LABELS);
    }
    if (published == null) {
      published = titleDate(meta, doc);
    }
    return new PageMetadata(headline, published, authors, site, url, VisibleDates.earliest(scan.commentDates),
        scan.h1s);
  }

  /**
   * The headline, from the first source that has one: the {@code <h1>} without a kicker that a metadata title
   * leaves out; a visible heading that is a metadata title up to typography, in the form the page shows it; the
   * page's only visible {@code <h1>} that is not the site's logo; a heading that is one part of the page title
   * ("Blog » Post"); on a page without an {@code <h1>}, its first {@code <h2>} outside the furniture; JSON-LD's,
   * OpenGraph's or the page title without the site's name; the first {@code <h1>}. The site's name itself is
   * passed over. Visible headings come first because metadata titles are often written for search engines and
   * social cards (title accuracy on trafilatura's evaluation set: 0.683 with JSON-LD and OpenGraph first, 0.731
   * with the only {@code <h1>} first, 0.914 with the heading rules).
   */
  private static String headline(Document doc, PageScan scan, MetaTags meta, JsonLd.Article ld, String site,
      Boilerplate boilerplate) {
    String pageTitle = scan.title == null ? doc.title() : scan.title.text();
    String ldTitle = ld == null ? null : ld.headline();
    String ogTitle = meta.first("og:title", "twitter:title");
    List<String> headings = headingTexts(scan);
    String h1 = onlyH1(scan);
    String ldClean = Titles.clean(ldTitle, site);
    String ogClean = Titles.clean(ogTitle, site);
    String titleClean = Titles.clean(pageTitle, site);
    String kicked = withoutKicker(h1, ldClean, ogClean, titleClean);
    if (kicked != null) {
      return kicked;
    }
    String[] ordered = {
      TitleHeadings.sameAs(headings, ldClean, ogClean, ldTitle, ogTitle, titleClean),
      h1,
      TitleHeadings.partOf(headings, pageTitle, site),
      H2Headlines.firstWithoutH1(boilerplate, scan.headings, PageMetadata::headingText),
      ldClean,
      ogClean,
      titleClean,
      firstText(scan.h1s)
    };
    for (String c : ordered) {
      String b = blank(c);
      if (b != null && !b.equalsIgnoreCase(site == null ? "" : site)) {
        return b;
      }
    }
    return null;
  }

  /** A heading's text, without the kicker an {@code <h1>} may set before the headline. */
  private static String headingText(Element e) {
    String kicked = e.normalName().equals("h1") ? Kickers.withoutKicker(e, MAX_TITLE_CHARS) : null;
    return kicked != null ? kicked : HeadingText.of(e, MAX_TITLE_CHARS);
  }

  /** The texts of the page's first headings, leaving out the site's logo and headings kept out of sight. */
  private static List<String> headingTexts(PageScan scan) {
    List<String> out = new ArrayList<>();
    for (Element e : scan.headings) {
      String t = SiteLogos.isLogo(e) || OffScreen.isHidden(e) ? null : blank(headingText(e));
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * A metadata title that ends the {@code <h1>}: the {@code <h1>} then carries a kicker before the headline
   * ("Olympic Games in Paris" + "Drinks to reach the centre by boat"), which the metadata leaves out.
   */
  private static String withoutKicker(String h1, String... metadataTitles) {
    if (h1 == null) {
      return null;
    }
    String heading = squeeze(h1);
    String kicked = null;
    for (String m : metadataTitles) {
      String t = m == null ? "" : squeeze(m);
      if (t.equals(heading)) {
        // Another metadata title keeps the words before: they are the headline's own, not a kicker.
        return null;
      }
      if (kicked == null && t.length() >= MIN_HEADLINE_CHARS && t.length() < heading.length()
          && heading.endsWith(t)) {
        kicked = blank(m);
      }
    }
    return kicked;
  }

  /** A headline shorter than this, squeezed, is too short to tell a kicker apart. */
  private static final int MIN_HEADLINE_CHARS = 12;

  /** Lower case without white space: the {@code <h1>}'s parts may run together or gain spaces. */
  private static String squeeze(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!HtmlText.isSpace(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  /** The text of the page's {@code <h1>} when there is exactly one with text, leaving out logos and hidden ones. */
  private static String onlyH1(PageScan scan) {
    String found = null;
    for (Element e : scan.h1s) {
      String t = SiteLogos.isLogo(e) || OffScreen.isHidden(e) ? null : blank(headingText(e));
      if (t != null) {
        if (found != null) {
          return null;
        }
        found = t;
      }
    }
    return found;
  }

  private static List<String> metaAuthors(MetaTags meta) {
    String value = meta.first(AUTHOR_META);
    List<String> out = new ArrayList<>();
    if (value != null && !HtmlText.isUrl(value) && !value.startsWith("@")) {
      out.addAll(AuthorNames.split(HtmlText.collapse(value)));
    }
    return out;
  }

  private static String canonical(PageScan scan) {
    for (Element link : scan.canonicals) {
      if (!link.attr("href").isBlank()) {
        return link.attr("href").strip();
      }
    }
    return null;
  }

  /**
   * A full date in the page's title ("... | DW | 23.05.2011", "Pressemitteilung vom 8.11.2021"): the last
   * resort of a page that dates itself nowhere else.
   */
  private static String titleDate(MetaTags meta, Document doc) {
    String t = first(meta.first("og:title"), doc.title());
    java.time.LocalDate d = t == null ? null : VisibleDates.parse(t);
    return d == null ? null : d.toString();
  }

  /**
   * Microdata: {@code itemprop="datePublished"} on any element, in its content or datetime attribute, else the
   * title of an {@code <abbr>} that shows only the time ({@code <abbr title="2017-09-09T10:52">10:52</abbr>}),
   * else its text.
   */
  private static String itempropDate(PageScan scan) {
    for (Element e : scan.itempropDates) {
      String v = firstDate(blank(e.attr("content")), blank(e.attr("datetime")), blank(e.attr("title")),
          HtmlText.boundedText(e, MAX_TITLE_CHARS));
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** The first {@code <time datetime>}; one marked {@code pubdate} wins. */
  private static String timeElement(PageScan scan) {
    String first = null;
    for (Element t : scan.times) {
      String v = blank(t.attr("datetime"));
      if (v == null) {
        continue;
      }
      if (t.hasAttr("pubdate")) {
        return v;
      }
      if (first == null) {
        first = v;
      }
    }
    return first;
  }

  private static String firstText(List<Element> elements) {
    for (Element e : elements) {
      String t = blank(HtmlText.boundedText(e, MAX_TITLE_CHARS));
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /** The first value that holds a full date: a meta tag saying only "Wed" must not hide a later source. */
  private static String firstDate(String... values) {
    for (String v : values) {
      if (v != null && PublicationDates.parse(v) != null) {
        return v.strip();
      }
    }
    return null;
  }

  private static String metaDate(MetaTags meta, String[] names) {
    for (String name : names) {
      String v = meta.first(name);
      if (v != null && PublicationDates.parse(v) != null) {
        return v;
      }
    }
    return null;
  }

  private static String blank(String s) {
    if (s == null) {
      return null;
    }
    String t = HtmlText.collapse(s);
    return t.isEmpty() ? null : t;
  }

  private static String first(String... values) {
    for (String v : values) {
      String b = blank(v);
      if (b != null) {
        return b;
      }
    }
    return null;
  }
}
