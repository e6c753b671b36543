package io.github.lede.extract;

import java.util.Locale;

/** English month names and their news abbreviations ("Sept.", "Feb"). */
final class Months {
  private static final String[] NAMES = {
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december"
  };

  private Months() {}

  /** The month (1-12) a word names, full or abbreviated, any case, a trailing dot allowed; else 0. */
  static int parse(CharSequence word) {
    int len = word.length();
    if (len > 0 && word.charAt(len - 1) == '.') {
      len--;
    }
    if (len < 3) {
      return 0;
    }
    String w = word.subSequence(0, len).toString().toLowerCase(Locale.ROOT);
    for (int m = 0; m < 12; m++) {
      String name = NAMES[m];
      if (w.equals(name) || (len <= 4 && name.startsWith(w) && (len == 3 || w.equals("sept")))) {
        return m + 1;
      }
    }
    return 0;
  }
}
