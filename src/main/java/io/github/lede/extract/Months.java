package io.github.lede.extract;

/** English month names and their news abbreviations ("Sept.", "Feb"). */
final class Months {
  private static final String[] NAMES = {
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december"
  };

  private Months() {}

  /** The month (1-12) a word names, full or abbreviated, any case, a trailing dot allowed; else 0. */
  static int parse(CharSequence word) {
    String w = Text.nameKey(word);
    if (w == null) {
      return 0;
    }
    for (int m = 0; m < 12; m++) {
      String name = NAMES[m];
      if (w.equals(name) || name.startsWith(w) && (w.length() == 3 || w.equals("sept"))) {
        return m + 1;
      }
    }
    return 0;
  }
}
