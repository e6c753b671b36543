package io.github.lede.extract.quotes;

import io.github.lede.text.Tokens;
import java.util.List;

/**
 * Sentence bounds around a quote, read backwards from it within {@link Attribution#WINDOW} characters: the
 * field's sentences as the one tokenizer splits them ({@link Tokens#sentenceStartToken}), except that earlier
 * quotes are stepped over whole, so a full stop inside one ends nothing, and a quote that ends a sentence of
 * its own ends it.
 */
final class Sentences {
  private Sentences() {}

  /** Where the sentence holding offset {@code quotes[qi].open} starts, skipping over earlier quotes in it. */
  static int sentenceStart(Tokens text, List<QuoteSpan> quotes, int qi) {
    return sentenceStart(text, quotes.get(qi).open(), quotes, qi);
  }

  /** Where the sentence ending at {@code at} starts; quotes before {@code qi} are skipped over. */
  static int sentenceStart(Tokens text, int at, List<QuoteSpan> quotes, int qi) {
    String s = text.text();
    int limit = Math.max(0, at - Attribution.WINDOW);
    int hi = at;
    int j = qi - 1;
    while (j >= 0 && quotes.get(j).open() >= at) {
      j--;
    }
    while (true) {
      QuoteSpan prev = j >= 0 ? quotes.get(j) : null;
      boolean prevInside = prev != null && prev.close() > limit && prev.close() <= hi;
      int lo = prevInside ? prev.close() : limit;
      int b = lastBoundary(text, lo, hi);
      if (b >= 0) {
        return b;
      }
      if (!prevInside) {
        return lo;
      }
      if (prev.closed() && prev.endsSentence() && startsCapital(s, prev.close(), hi)) {
        return prev.close();
      }
      if (prev.open() <= limit) {
        return limit;
      }
      hi = prev.open();
      j--;
    }
  }

  static boolean startsCapital(String s, int from, int to) {
    int i = from;
    while (i < to && Marks.isSpace(s.charAt(i))) {
      i++;
    }
    return i < to && Character.isUpperCase(s.charAt(i));
  }

  /**
   * The start of the last of the field's sentences that starts after {@code lo} and no later than {@code hi},
   * or -1 when none does.
   */
  static int lastBoundary(Tokens text, int lo, int hi) {
    int t = text.lastStartingBy(hi);
    if (t < 0) {
      return -1;
    }
    int start = text.start(text.sentenceStartToken(text.sentence(t)));
    return start > lo && start <= hi ? start : -1;
  }

  /** Where the sentence before one starting at {@code at} ends: {@code at} with the white space before it stepped over. */
  static int endBefore(String s, int at) {
    int end = at;
    while (end > 0 && Marks.isSpace(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** The first of the quotes up to {@code qi} that opens at or after {@code from}. */
  static int firstQuoteFrom(List<QuoteSpan> quotes, int qi, int from) {
    int first = qi;
    while (first > 0 && quotes.get(first - 1).open() >= from) {
      first--;
    }
    return first;
  }

  static boolean opensParagraph(String s, int at) {
    int i = at - 1;
    while (i >= 0 && s.charAt(i) != '\n') {
      if (!Marks.isSpace(s.charAt(i))) {
        return false;
      }
      i--;
    }
    return i >= 0;
  }

  /** The last sentence of the paragraph before the one opening at {@code at}, when it ends in a colon. */
  static List<WindowToken> colonLead(Tokens text, int at) {
    String s = text.text();
    int i = at - 1;
    while (i >= 0 && Marks.isSpace(s.charAt(i))) {
      i--;
    }
    if (i < 0 || s.charAt(i) != ':') {
      return null;
    }
    int from = Math.max(0, i - Attribution.WINDOW);
    int b = lastBoundary(text, from, i);
    int start = b >= 0 ? b : from;
    return Windows.of(text, start, i + 1, List.of(), 0);
  }
}
