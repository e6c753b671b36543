package io.github.lede.extract.quotes;

import io.github.lede.text.Tokens;
import io.github.lede.text.WordList;
import java.util.List;

/**
 * Joins the pieces of one statement into one quote: a quote broken by its attribution ("My hope," he said,
 * "is that ...") or running on after it in the same paragraph ("...," Seo said. "Our readiness ..."), and
 * partial quotes joined by a conjunction in one sentence (“a big problem” but “nobody talks about it”). The
 * pieces' words are joined by " … ", the mark of words left out; the quote's offsets run from the first
 * piece's start to the last one's end.
 */
final class Statements {
  /** Longest stretch of text between two pieces of one statement joined by a conjunction. */
  private static final int MAX_CONJUNCTION_GAP = 8;

  /** What stands for the words left out between two pieces. */
  static final String ELISION = " … ";

  private Statements() {}

  /** Whether quote {@code i + 1} continues the statement of quote {@code i}. */
  static boolean join(Tokens text, List<QuoteSpan> quotes, SpeakerPhrase[] found, int i) {
    String s = text.text();
    QuoteSpan a = quotes.get(i);
    QuoteSpan b = quotes.get(i + 1);
    if (!a.closed() || b.openParagraph() != a.closeParagraph() || found[i + 1].namedAfter()) {
      return false;
    }
    if (found[i].namedAfter()) {
      // "...," Seo said. "Our readiness ...": the attribution clause runs up to the next piece, and says no
      // more than who spoke, where and when ("..., the mayor said, adding that it would take ..." goes on to
      // report something else).
      return onlyPunctuation(s, found[i].attributionEnd(), b.open()) && !reportsMore(text, found[i].end(), b.open());
    }
    if (found[i].hasPhrase() && found[i + 1].hasPhrase() && found[i + 1].start() != found[i].start()) {
      return false;
    }
    return b.open() - a.close() <= MAX_CONJUNCTION_GAP && isConjunction(s, a.close(), b.open());
  }

  /** The words of pieces {@code from..to}, joined. */
  static String text(List<QuoteSpan> quotes, int from, int to) {
    if (from == to) {
      return quotes.get(from).text();
    }
    StringBuilder sb = new StringBuilder(quotes.get(from).text());
    for (int i = from + 1; i <= to; i++) {
      sb.append(ELISION).append(quotes.get(i).text());
    }
    return sb.toString();
  }

  /** Whether the words after the speaker go on with a participle or a "that" clause. */
  private static boolean reportsMore(Tokens text, int from, int to) {
    String s = text.text();
    if (from < 0 || from >= to) {
      return false;
    }
    for (WindowToken t : Windows.of(text, from, to, List.of(), 0)) {
      if (!t.capitalised && (t.in(WordList.SPEECH_PARTICIPLES) || t.key.equals("that"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlyPunctuation(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!Marks.isSpace(c) && c != '.' && c != ',' && c != ':' && c != ';' && c != '—' && c != '–') {
        return false;
      }
    }
    return true;
  }

  /** Between two pieces stands only "and", "but", "or", a comma or a dash. */
  private static boolean isConjunction(String s, int from, int to) {
    String gap = s.substring(from, to).strip();
    return switch (gap) {
      case "and", "but", "or", ",", ", and", ", but", ", or", "—", "–", "and then", "but also", "nor" -> true;
      default -> false;
    };
  }
}
