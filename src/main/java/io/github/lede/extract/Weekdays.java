package io.github.lede.extract;

/** English weekday names and their abbreviations ("Wed", "Thurs."). */
final class Weekdays {
  private static final String[] NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

  private Weekdays() {}

  /** The ISO day of week (1 = Monday) a word names, full or abbreviated to three or more letters; else 0. */
  static int parse(CharSequence word) {
    String w = Text.nameKey(word);
    if (w == null) {
      return 0;
    }
    for (int d = 0; d < 7; d++) {
      if (NAMES[d].startsWith(w)) {
        return d + 1;
      }
    }
    return 0;
  }
}
