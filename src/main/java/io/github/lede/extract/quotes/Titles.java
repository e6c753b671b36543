package io.github.lede.extract.quotes;

import java.util.Set;

/**
 * Names in quotation marks: the title of a show, a book, a film or a campaign (“Squawk Box”, “Thelma and
 * Louise”, the “Never Trump” movement), written in title case. Nobody says them, so they are no quotes.
 */
final class Titles {
  /** Longest title taken as one, in words. */
  private static final int MAX_WORDS = 8;

  /** Short words a title leaves in lower case. */
  private static final Set<String> MINOR = Set.of(
      "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "vs");

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
          && !(words > 1 && MINOR.contains(text.substring(start, i)))) {
        return false;
      }
    }
    return words >= 1 && words <= MAX_WORDS;
  }
}
