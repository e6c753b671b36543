package io.github.lede.extract.quotes;

import io.github.lede.text.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a stretch of a field's text, as attribution reads them around a quote: the field's own tokens,
 * with each quote that opens inside the stretch made one {@link WindowToken.Kind#QUOTE} token reaching to its
 * closing mark. A stretch is at most {@link Attribution#WINDOW} characters, so the tokens made per quote are
 * bounded.
 */
final class Windows {
  private Windows() {}

  /**
   * The tokens wholly inside {@code text[from, to)}. A quote in {@code quotes} (sorted) from {@code firstQuote} on
   * that opens inside the stretch becomes one token from its opening mark to its closing mark (or {@code to}).
   */
  static List<WindowToken> of(Tokens text, int from, int to, List<QuoteSpan> quotes, int firstQuote) {
    List<WindowToken> out = new ArrayList<>(Math.max(4, (to - from) / 5));
    int q = firstQuote;
    while (q < quotes.size() && quotes.get(q).open() < from) {
      q++;
    }
    int n = text.size();
    int i = text.tokenAt(from);
    while (i < n && text.start(i) < from) {
      i++;
    }
    while (i < n && text.start(i) < to) {
      if (q < quotes.size() && quotes.get(q).open() <= text.start(i) && quotes.get(q).open() < to) {
        QuoteSpan span = quotes.get(q++);
        int end = Math.min(to, span.close());
        out.add(new WindowToken(span.open(), end));
        while (i < n && text.start(i) < end) {
          i++;
        }
        continue;
      }
      if (text.end(i) > to) {
        break;
      }
      if (!text.isLineBreak(i)) {
        out.add(new WindowToken(text, i));
      }
      i++;
    }
    return out;
  }
}
