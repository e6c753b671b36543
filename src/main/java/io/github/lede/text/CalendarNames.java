package io.github.lede.text;

import java.util.List;
import java.util.Locale;

/**
 * English month and weekday names as metadata and datelines write them, full or abbreviated ("Sept.", "Feb",
 * "Thurs."), for the date parsers of {@code ingest} and {@code extract}.
 */
public final class CalendarNames {

  private CalendarNames() {}

  /** The month (1-12) a word names, full or abbreviated, any case, a trailing dot allowed; else 0. */
  public static int month(CharSequence word) {
    String w = nameKey(word);
    if (w == null) {
      return 0;
    }
    List<String> months = WordList.MONTHS.words();
    for (int m = 0; m < months.size(); m++) {
      String name = months.get(m);
      if (w.equals(name) || name.startsWith(w) && WordList.MONTH_ABBREVIATIONS.contains(w)) {
        return m + 1;
      }
    }
    return 0;
  }

  /** The ISO day of week (1 = Monday) a word names, full or abbreviated to three or more letters; else 0. */
  public static int weekday(CharSequence word) {
    String w = nameKey(word);
    if (w == null) {
      return 0;
    }
    List<String> days = WordList.WEEKDAYS.words();
    for (int d = 0; d < days.size(); d++) {
      if (days.get(d).startsWith(w)) {
        return d + 1;
      }
    }
    return 0;
  }

  /**
   * A word as a key for the name tables: lower case, a trailing abbreviation dot dropped ("Sept." -> "sept");
   * null when shorter than three letters, too short to name a month or a weekday.
   */
  private static String nameKey(CharSequence word) {
    int len = word.length();
    if (len > 0 && word.charAt(len - 1) == '.') {
      len--;
    }
    return len < 3 ? null : word.subSequence(0, len).toString().toLowerCase(Locale.ROOT);
  }
}
