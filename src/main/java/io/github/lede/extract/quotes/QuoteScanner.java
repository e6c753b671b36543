package io.github.lede.extract.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the direct quotes in one field's text in a single pass, without regular expressions. A line is a
 * paragraph. A quote closes at its closing mark; marks of the same kind inside it nest ("He said “no” twice"),
 * and single marks inside double ones are part of the quote. A paragraph that ends inside a quote continues
 * it only when the next paragraph opens with a quotation mark (the news convention for a quote over several
 * paragraphs); otherwise the quote ends with its paragraph, so a stray or unbalanced mark never swallows the
 * rest of the text.
 */
final class QuoteScanner {
  private QuoteScanner() {}

  /**
   * The quotes in {@code s}, in order.
   *
   * @param singles whether single marks open quotes too ('like this'), as headlines use them
   */
  static Scan scan(String s, boolean singles) {
    Run run = new Run(s, singles);
    List<QuoteSpan> quotes = run.scan();
    return new Scan(quotes, java.util.Arrays.copyOf(run.paragraphStarts, run.paragraphs));
  }

  /** The quotes found, and where each paragraph (a line with text) starts, for telling paragraphs apart. */
  record Scan(List<QuoteSpan> quotes, int[] paragraphStarts) {
    /** The ordinal of the paragraph holding offset {@code at}. */
    int paragraphOf(int at) {
      int i = java.util.Arrays.binarySearch(paragraphStarts, at);
      return i >= 0 ? i : Math.max(0, -i - 2);
    }
  }

  private static final class Run {
    private final String s;
    private final boolean singles;
    private final List<QuoteSpan> out = new ArrayList<>();
    /** Ordinal of the current paragraph: lines with text before this one. */
    private int para;
    private boolean lineHasText;
    private int[] paragraphStarts = new int[16];
    private int paragraphs;

    // The quote being read, when open >= 0.
    private int open = -1;
    private boolean single;
    private int depth;
    private int openPara;
    private int segmentStart;
    private int firstStart;
    private int lastEnd;
    private StringBuilder joined;

    Run(String s, boolean singles) {
      this.s = s;
      this.singles = singles;
    }

    List<QuoteSpan> scan() {
      int n = s.length();
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c == '\n') {
          i = lineBreak(i);
          continue;
        }
        if (!lineHasText && !Marks.isSpace(c)) {
          startParagraph(i);
        }
        switch (c) {
          case '"', '“', '”', '„', '«', '»' -> doubleMark(i, c);
          case '\'', '‘', '’' -> {
            if (singles) {
              singleMark(i, c);
            }
          }
          default -> { }
        }
      }
      if (open >= 0) {
        end(n, false);
      }
      return out;
    }

    private void doubleMark(int i, char c) {
      if (open < 0) {
        boolean opens = switch (c) {
          case '“', '„', '«' -> !Marks.closesHere(s, i);
          case '”' -> Marks.opensHere(s, i);
          // Not an inch mark (12"), not a mark standing alone between spaces, not a markup attribute's value
          // (tweet-id="7834") that scraped text kept.
          case '"' -> !Marks.closesHere(s, i) && !(i > 0 && (Character.isDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '='))
              && !(Marks.blankBefore(s, i) && Marks.blankAfter(s, i));
          default -> false;
        };
        if (opens) {
          begin(i, false);
        }
        return;
      }
      if (single) {
        return;
      }
      boolean nests = switch (c) {
        case '“', '„', '«', '"' -> Marks.opensHere(s, i);
        default -> false;
      };
      if (nests) {
        depth++;
      } else if (depth > 0) {
        depth--;
      } else {
        end(i, true);
      }
    }

    private void singleMark(int i, char c) {
      if (open < 0) {
        if (c != '’' && Marks.opensHere(s, i)) {
          begin(i, true);
        }
      } else if (single && c != '‘' && Marks.closesHere(s, i)) {
        end(i, true);
      }
    }

    private void begin(int i, boolean isSingle) {
      open = i;
      single = isSingle;
      depth = 0;
      openPara = para;
      segmentStart = i + 1;
      firstStart = -1;
      joined = null;
    }

    /** A line ends: the quote goes on into the next paragraph only if that one opens with a mark. */
    private int lineBreak(int i) {
      if (open >= 0) {
        int j = i + 1;
        while (j < s.length() && Marks.isSpace(s.charAt(j))) {
          j++;
        }
        if (j < s.length() && continues(j)) {
          appendSegment(i);
          para++;
          startParagraph(j);
          segmentStart = j + 1;
          depth = 0;
          return j;
        }
        end(i, false);
      }
      if (lineHasText) {
        para++;
      }
      lineHasText = false;
      return i;
    }

    private void startParagraph(int at) {
      lineHasText = true;
      if (paragraphs == paragraphStarts.length) {
        paragraphStarts = java.util.Arrays.copyOf(paragraphStarts, paragraphs * 2);
      }
      paragraphStarts[paragraphs++] = at;
    }

    private boolean continues(int j) {
      char d = s.charAt(j);
      boolean mark = single ? d == '‘' || d == '\'' : d == '"' || d == '“' || d == '„' || d == '«';
      return mark && Marks.opensHere(s, j);
    }

    /** Adds the text from the current segment's start to {@code to} to a quote that goes on. */
    private void appendSegment(int to) {
      int a = trimStart(segmentStart, to);
      int b = trimEnd(a, to);
      if (a == b) {
        return;
      }
      if (firstStart < 0) {
        firstStart = a;
        joined = new StringBuilder(2 * (b - a)).append(s, a, b);
      } else {
        joined.append("\n\n").append(s, a, b);
      }
      lastEnd = b;
    }

    /** Ends the quote at {@code at}: its closing mark, or the end of its paragraph when it was never closed. */
    private void end(int at, boolean closed) {
      int a = trimStart(segmentStart, at);
      int b = trimEnd(a, at);
      String text;
      int start;
      int stop;
      if (firstStart < 0) {
        text = s.substring(a, b);
        start = a;
        stop = b;
      } else {
        if (a < b) {
          joined.append("\n\n").append(s, a, b);
          stop = b;
        } else {
          stop = lastEnd;
        }
        text = joined.toString();
        start = firstStart;
      }
      if (!text.isEmpty() && !(single && text.length() < 2)) {
        out.add(new QuoteSpan(open, start, stop, closed ? at + 1 : stop, closed, openPara, para, text));
      }
      open = -1;
      joined = null;
    }

    private int trimStart(int from, int to) {
      while (from < to && Marks.isSpace(s.charAt(from))) {
        from++;
      }
      return from;
    }

    private int trimEnd(int from, int to) {
      while (to > from && Marks.isSpace(s.charAt(to - 1))) {
        to--;
      }
      return to;
    }
  }
}
