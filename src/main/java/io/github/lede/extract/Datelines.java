package io.github.lede.extract;


import io.github.lede.text.CalendarNames;
import io.github.lede.text.PublicationDates;
import io.github.lede.text.WrittenDate;
/**
 * Recognises a dateline at the start of the first body paragraph: "WASHINGTON (Reuters) - ", "SALVADOR, Feb
 * 26 - ", "BERLIN, 3 March 2025 (dpa) - ", "NAIROBI, Kenya — ", "Paris (AFP) - ". A place in capitals (or
 * any place followed by an agency or a date), optional region and date parts after commas, an optional
 * agency in brackets, then a dash.
 */
final class Datelines {
  /** A dateline found: its text without the dash, the agency in brackets, and the date it carries. */
  record Dateline(String text, String rest, String agency, WrittenDate date) {}

  private static final int MAX_LENGTH = 90;

  /** Labels in capitals that open a headline or paragraph the way a place opens a dateline. */
  private static final java.util.Set<String> KICKERS = java.util.Set.of(
      "exclusive", "breaking", "breaking news", "update", "updated", "watch", "analysis", "opinion", "live",
      "video", "photos", "review", "corrected", "correction", "flashback", "editorial", "commentary", "factbox",
      "explainer", "urgent", "alert", "new", "just in", "developing", "poll", "interview");

  private Datelines() {}

  /** The dateline opening the paragraph, or null. */
  static Dateline parse(String paragraph) {
    int limit = Math.min(paragraph.length(), MAX_LENGTH + 4);
    for (int i = 1; i < limit; i++) {
      int dashEnd = dashAt(paragraph, i);
      if (dashEnd < 0) {
        continue;
      }
      String prefix = paragraph.substring(0, i).strip();
      String rest = paragraph.substring(dashEnd).strip();
      if (!rest.isEmpty() && !startsSentence(rest.charAt(0))) {
        return null;
      }
      return validate(prefix, rest);
    }
    return null;
  }

  /** If a dateline dash starts at i, the offset after it; else -1. */
  private static int dashAt(String s, int i) {
    char c = s.charAt(i);
    if (c == '—' || c == '–') {
      // "WASHINGTON—The": an em dash may touch the place; a spaced one is fine too.
      return i + 1;
    }
    if (c == '-' && s.charAt(i - 1) == ' ') {
      int j = i + 1;
      if (j < s.length() && s.charAt(j) == '-') {
        j++;
      }
      return j < s.length() && s.charAt(j) == ' ' ? j : (j == s.length() ? j : -1);
    }
    return -1;
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || Text.isQuoteMark(c) || c == '‘' || c == '\'';
  }

  private static Dateline validate(String prefix, String rest) {
    if (prefix.isEmpty() || prefix.length() > MAX_LENGTH || !Character.isUpperCase(prefix.charAt(0))) {
      return null;
    }
    String agency = null;
    String head = prefix;
    if (prefix.endsWith(")")) {
      int open = prefix.lastIndexOf('(');
      if (open <= 0) {
        return null;
      }
      agency = prefix.substring(open + 1, prefix.length() - 1).strip();
      if (agency.isEmpty() || Text.moreWordsThan(agency, 5) || !Character.isLetter(agency.charAt(0))) {
        return null;
      }
      head = prefix.substring(0, open).strip();
    }
    String[] parts = head.split(",");
    String place = parts[0].strip();
    WrittenDate date = null;
    for (int p = 1; p < parts.length; p++) {
      String part = parts[p].strip();
      WrittenDate d = PublicationDates.find(part);
      if (d != null && startsWithDatePart(part)) {
        date = d;
        // "Feb 26, 1987": the year after the comma belongs to the date.
        if (p + 1 < parts.length && d.year() == 0 && isYear(parts[p + 1].strip())) {
          date = new WrittenDate(Integer.parseInt(parts[p + 1].strip()), d.month(), d.day());
          p++;
        }
      } else if (!isRegion(part)) {
        return null;
      }
    }
    boolean capitals = !place.isEmpty() && !Text.hasLowerCase(place);
    if (!isPlace(place) || !(capitals || agency != null || date != null) || KICKERS.contains(Text.lower(place))) {
      return null;
    }
    return new Dateline(prefix, rest, agency, date);
  }

  private static boolean startsWithDatePart(String part) {
    int sp = part.indexOf(' ');
    String first = sp < 0 ? part : part.substring(0, sp);
    return CalendarNames.month(first) > 0 || (!first.isEmpty() && Character.isDigit(first.charAt(0)));
  }

  private static boolean isYear(String s) {
    if (s.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** One to five words of letters, each starting with a capital (a place name). */
  private static boolean isPlace(String s) {
    int words = Text.wordCount(s);
    if (words < 1 || words > 5) {
      return false;
    }
    boolean wordStart = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        wordStart = true;
        continue;
      }
      if (!(Character.isLetter(c) || c == '.' || c == '\'' || c == '’' || c == '-')) {
        return false;
      }
      if (wordStart && !Character.isUpperCase(c) && !isLowerParticleAt(s, i)) {
        return false;
      }
      wordStart = false;
    }
    return true;
  }

  private static boolean isLowerParticleAt(String s, int i) {
    return s.startsWith("de ", i) || s.startsWith("da ", i) || s.startsWith("do ", i) || s.startsWith("of ", i)
        || s.startsWith("el ", i) || s.startsWith("la ", i);
  }

  /** A region or country after the place: "Kenya", "Calif.", "South Korea", "D.C.". */
  private static boolean isRegion(String s) {
    return !s.isEmpty() && !Text.moreWordsThan(s, 4) && isPlace(s);
  }
}
