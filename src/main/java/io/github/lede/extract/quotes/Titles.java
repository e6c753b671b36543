package io.github.lede.extract.quotes;

import io.github.lede.text.Lexicon;
import io.github.lede.text.WordList;

/**
 * Names in quotation marks: the title of a show, a book, a film or a campaign (“Squawk Box”, “Thelma and
 * Louise”, the “Never Trump” movement), written in title case. Nobody says them, so they are no quotes.
 */
final class Titles {
  /** Longest title taken as one, in words. */
  private static final int MAX_WORDS = 8;

  private Titles() {}

  /** Every word capitalised but the minor ones; one to {@link #MAX_WORDS} words; no sentence inside. */
  static boolean isTitle(String text) {
    int words = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        char c = text.charAt(i);
        if ((c == '.' || c == '!' || c == '?') && i < n - 1) {
          return false;
        }
        i++;
      }
      int start = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '’')) {
        i++;
      }
      if (start == i) {
        break;
      }
      words++;
      char first = text.charAt(start);
      if (!Character.isUpperCase(first) && !Character.isDigit(first)
          && !(words > 1 && WordList.TITLE_MINOR_WORDS.in(Lexicon.of(text, start, i)))) {
        return false;
      }
    }
    return words >= 1 && words <= MAX_WORDS;
  }
}
