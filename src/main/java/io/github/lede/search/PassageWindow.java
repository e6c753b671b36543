package io.github.lede.search;

import io.github.lede.model.Highlight;
import io.github.lede.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a passage that is longer than a request allows to a window around its first match. A sentence is
 * usually a few hundred characters, but an article that is one long line, or a run-on list, makes a
 * "sentence" of megabytes, and printing it whole is what a reader least wants. The window starts a little
 * before the first match, so the match has some context, keeps as many later matches as fit, and moves its
 * ends to word boundaries when one is near; the highlight says which sides were cut.
 */
final class PassageWindow {
  /** How far past a window's edge a word boundary is looked for. */
  private static final int SNAP = 24;

  private PassageWindow() {}

  /**
   * The passage {@code [start, end)} of {@code content} with its matches, as a {@link Highlight} at most
   * {@code max} characters long.
   *
   * @param matches absolute offsets into content, pairs {@code [start, end)} in order, not overlapping
   */
  static Highlight of(String content, int start, int end, List<int[]> matches, int max) {
    int from = start;
    int to = end;
    if (end - start > max) {
      int first = matches.isEmpty() ? start : matches.get(0)[0];
      // The first match a quarter of the way in, unless the passage ends sooner.
      from = Math.max(start, Math.min(first - max / 4, end - max));
      to = Math.min(end, from + max);
      if (from > start) {
        from = wordStartAfter(content, from, Math.min(first, to));
      }
      if (to < end) {
        to = wordEndBefore(content, to, Math.max(from, lastMatchEndWithin(matches, from, to)));
      }
      from = surrogateSafeStart(content, from);
      to = surrogateSafeEnd(content, to, from);
    }
    List<Span> spans = new ArrayList<>(Math.min(matches.size(), 64));
    for (int[] m : matches) {
      int s = Math.max(m[0], from);
      int e = Math.min(m[1], to);
      if (e > s) {
        spans.add(new Span(s - from, e - from));
      }
    }
    return new Highlight(content.substring(from, to), spans, from > start, to < end);
  }

  /** A cut quote or sentence without spans: its start, up to {@code max} characters, ending on a word. */
  static String head(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int to = surrogateSafeEnd(text, wordEndBefore(text, max - 1, 0), 0);
    return text.substring(0, to) + Highlight.ELLIPSIS;
  }

  private static int lastMatchEndWithin(List<int[]> matches, int from, int to) {
    int last = from;
    for (int[] m : matches) {
      if (m[0] >= to) {
        break;
      }
      if (m[1] <= to) {
        last = Math.max(last, m[1]);
      }
    }
    return last;
  }

  /** The first word start in {@code [at, limit)} within reach, else {@code at}. */
  private static int wordStartAfter(String content, int at, int limit) {
    for (int i = at; i < Math.min(limit, at + SNAP); i++) {
      if (Character.isWhitespace(content.charAt(i))) {
        int next = i + 1;
        while (next < limit && Character.isWhitespace(content.charAt(next))) {
          next++;
        }
        return next;
      }
    }
    return at;
  }

  /** The last word end in {@code (floor, at]} within reach, else {@code at}. */
  private static int wordEndBefore(String content, int at, int floor) {
    for (int i = at; i > Math.max(floor, at - SNAP); i--) {
      if (Character.isWhitespace(content.charAt(i))) {
        int end = i;
        while (end > floor && Character.isWhitespace(content.charAt(end - 1))) {
          end--;
        }
        return end;
      }
    }
    return at;
  }

  private static int surrogateSafeStart(String s, int from) {
    return from > 0 && from < s.length() && Character.isLowSurrogate(s.charAt(from)) ? from + 1 : from;
  }

  private static int surrogateSafeEnd(String s, int to, int from) {
    return to > from && Character.isHighSurrogate(s.charAt(to - 1)) ? to - 1 : to;
  }
}
