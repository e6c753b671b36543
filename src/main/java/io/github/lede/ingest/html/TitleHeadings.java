package io.github.lede.ingest.html;

import java.util.List;

/**
 * Finds the visible heading that the page's metadata names as its title. Many pages have no single {@code <h1>}
 * for the headline: blogs put the site's name in the {@code <h1>} and the post's title in an {@code <h2>} or
 * {@code <h3>}, and the page title reads "Blog » Post". A heading whose text is the metadata title, or one part
 * of the page title between separators, is the headline the reader sees, in the form the reader sees it
 * ("–" and "’" where the metadata has "-" and "'").
 */
final class TitleHeadings {
  /**
   * What separates a title's parts once folded by {@link TypographicFold} ("–" and "—" are then "-"). A bare
   * "|" too, as titles in scripts without spaces between words have it ("NEWS WEB EASY|子どもへの…").
   */
  private static final String[] SEPARATORS = {" | ", " - ", " :: ", " · ", " » ", " « ", " // ", " ‹ ", " › ",
      " • ", " : ", ": ", " _ ", " / ", "|"};
  /** A part of fewer characters than this, in one word, is a section's name rather than a headline. */
  private static final int MIN_ONE_WORD_CHARS = 8;
  /** Longer page titles are not searched: the search costs the title's length times the headings'. */
  private static final int MAX_TITLE_CHARS = 1000;

  private TitleHeadings() {}

  /**
   * A heading that is one of the titles up to typography, as the page shows it; else null. Soft hyphens,
   * which the page does not show unless it breaks the word, are kept only when the title has them too.
   */
  static String sameAs(List<String> headings, String... titles) {
    List<String> folded = headings.stream().map(TypographicFold::fold).toList();
    // Titles in the order given, the more trusted first: a heading that repeats the page title loses to one
    // that repeats OpenGraph's.
    for (String t : titles) {
      String title = t == null ? "" : TypographicFold.fold(t);
      int at = title.isEmpty() ? -1 : folded.indexOf(title);
      if (at >= 0) {
        String h = headings.get(at);
        return t.indexOf(SOFT_HYPHEN) < 0 ? h.replace(SOFT_HYPHEN, "") : h;
      }
    }
    return null;
  }

  private static final String SOFT_HYPHEN = "\u00AD";

  /**
   * The longest heading that is a part of the page title between separators ("Blog » Post" has "Post"), other
   * than the site's name and the whole title; else null.
   */
  static String partOf(List<String> headings, String pageTitle, String site) {
    if (pageTitle == null || pageTitle.length() > MAX_TITLE_CHARS) {
      return null;
    }
    String title = TypographicFold.fold(pageTitle);
    String siteName = site == null ? "" : TypographicFold.fold(site);
    String best = null;
    int bestLength = 0;
    for (String h : headings) {
      String part = TypographicFold.fold(h);
      if (part.length() > bestLength && part.length() < title.length() && !part.equals(siteName)
          && (part.indexOf(' ') > 0 || part.length() >= MIN_ONE_WORD_CHARS) && isPart(title, part)) {
        best = h;
        bestLength = part.length();
      }
    }
    return best;
  }

  /**
   * Whether {@code part} stands in {@code title} with a separator or an end of the title on either side; or
   * before what titles append to a headline after a comma or in brackets ("Headline, Country", "Headline (5/21)").
   */
  static boolean isPart(String title, String part) {
    // Only where a part can start, at the title's start and after each separator, is the part compared: the
    // check costs the title's length times the part's, never more.
    for (int at = 0; at + part.length() <= title.length(); at++) {
      if ((at == 0 || endsWithSeparator(title, at)) && title.startsWith(part, at)) {
        int end = at + part.length();
        if (end == title.length() || startsWithSeparator(title, end) || title.startsWith(", ", end)
            || title.startsWith(" (", end)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean endsWithSeparator(String s, int end) {
    for (String sep : SEPARATORS) {
      if (s.startsWith(sep, end - sep.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithSeparator(String s, int at) {
    for (String sep : SEPARATORS) {
      if (s.startsWith(sep, at)) {
        return true;
      }
    }
    return false;
  }
}
