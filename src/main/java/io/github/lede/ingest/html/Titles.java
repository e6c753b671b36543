package io.github.lede.ingest.html;

import java.util.Locale;

/**
 * Takes the site's name off a page title: "Storm closes port | The Harbour Ledger" becomes "Storm closes
 * port". The part cut is the one that names the site (when the site name is known) or a short trailing
 * part after a separator, as sites add their name and section after the headline.
 */
final class Titles {
  private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " // ", " ‹ ",
      " › ", " • ", " : ", " _ "};
  /** A trailing part of at most this many words is taken for a site or section name. */
  private static final int MAX_SUFFIX_WORDS = 4;
  /** After a pipe, which sites use for nothing else, a longer part is the site's name and motto. */
  private static final int MAX_PIPE_SUFFIX_WORDS = 12;

  private Titles() {}

  static String clean(String title, String siteName) {
    if (title == null) {
      return null;
    }
    String t = HtmlText.collapse(title);
    String site = siteName == null ? null : HtmlText.collapse(siteName).toLowerCase(Locale.ROOT);
    // "Headline | Section | Site": cut from the right while the last part reads as a name.
    for (int guard = 0; guard < 5; guard++) {
      int at = lastSeparator(t);
      if (at < 0) {
        break;
      }
      String head = t.substring(0, at).strip();
      String tail = t.substring(at + separatorAt(t, at).length()).strip();
      int maxWords = separatorAt(t, at).equals(" | ") ? MAX_PIPE_SUFFIX_WORDS : MAX_SUFFIX_WORDS;
      boolean siteLike = words(tail) <= maxWords && (words(head) >= words(tail) || words(head) >= 3);
      if (head.isEmpty() || !(matchesSite(tail, site) || siteLike)) {
        break;
      }
      t = head;
    }
    // "Site | Headline": only when the first part is the site's name.
    int first = firstSeparator(t);
    if (first > 0 && site != null && matchesSite(t.substring(0, first), site)) {
      t = t.substring(first + separatorAt(t, first).length()).strip();
    }
    return t.isEmpty() ? null : t;
  }

  private static boolean matchesSite(String part, String site) {
    if (site == null || site.isEmpty()) {
      return false;
    }
    String p = part.strip().toLowerCase(Locale.ROOT);
    return p.equals(site) || p.replace(" ", "").equals(site.replace(" ", ""));
  }

  private static int lastSeparator(String t) {
    int best = -1;
    for (String s : SEPARATORS) {
      best = Math.max(best, t.lastIndexOf(s));
    }
    return best;
  }

  private static int firstSeparator(String t) {
    int best = -1;
    for (String s : SEPARATORS) {
      int at = t.indexOf(s);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
      }
    }
    return best;
  }

  private static String separatorAt(String t, int at) {
    for (String s : SEPARATORS) {
      if (t.startsWith(s, at)) {
        return s;
      }
    }
    return " ";
  }

  private static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean ws = s.charAt(i) == ' ';
      if (!ws && !in) {
        n++;
      }
      in = !ws;
    }
    return n;
  }
}
