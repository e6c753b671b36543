package io.github.lede.extract.quotes;

import io.github.lede.text.Tokens;
import io.github.lede.text.WordList;
import java.util.List;

/**
 * The speaker named after a quote, in the rest of its sentence: {@code "...," X said}, {@code "...," said X},
 * {@code "...," according to X}, a sentence that closes with its attribution ({@code "..." if she lost, said
 * X}), a pull quote's {@code "..." ― X}, or a credit line under the quote's paragraph ({@code - X.}). Reads at
 * most {@link Attribution#WINDOW} characters after the closing mark.
 */
final class AfterQuote {
  /** A credit line under a quote is a name, not a paragraph: at most this many characters. */
  private static final int MAX_CREDIT_LINE = 60;

  /**
   * The tokens after a quote, up to {@code end}: a sentence end ({@code stop}), the next quote or the
   * paragraph's end.
   */
  record Clause(List<WindowToken> tokens, int end, boolean stop) {}

  private AfterQuote() {}

  /** The tokens after the closing mark up to the end of the sentence, the next quote or the paragraph's end. */
  static Clause clause(Tokens text, List<QuoteSpan> quotes, int qi) {
    String s = text.text();
    int from = quotes.get(qi).close();
    int to = Math.min(s.length(), from + Attribution.WINDOW);
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '\n') {
        to = i;
        break;
      }
    }
    List<WindowToken> t = Windows.of(text, from, to, quotes, qi + 1);
    for (int i = 0; i < t.size(); i++) {
      WindowToken x = t.get(i);
      if (x.kind == WindowToken.Kind.QUOTE || x.is('.') || x.is('!') || x.is('?') || x.is(';') || x.is(':')) {
        return new Clause(t.subList(0, i), x.start, x.is('.') || x.is('!') || x.is('?'));
      }
    }
    return new Clause(t, to, false);
  }

  static NounPhrases.Np speaker(Clause clause, QuoteSpan q, boolean headline) {
    List<WindowToken> t = clause.tokens();
    int k = 0;
    boolean dash = false;
    while (k < t.size() && (t.get(k).is(',') || Attribution.isDash(t.get(k)))) {
      dash |= Attribution.isDash(t.get(k));
      k++;
    }
    if (k >= t.size()) {
      return null;
    }
    if (dash) {
      // a pull quote's "“...” ― Nell Carden Grey": a name and nothing else
      NounPhrases.Np np = NounPhrases.after(t, k);
      return np != null && np.to() >= t.size() - 1 && t.get(np.from()).capitalised ? np : null;
    }
    // A quote that ends its own sentence is followed by a new one; only a short "Kim said." belongs to it.
    boolean newSentence = q.endsSentence() && t.get(k).capitalised;
    if (newSentence && !clause.stop()) {
      return null;
    }
    // "..., as a Homeland Security memo put it"
    if (t.get(k).key.equals("as") && !newSentence) {
      k++;
    }
    if (k >= t.size()) {
      return null;
    }
    WindowToken first = t.get(k);
    if (first.key.equals("according") && k + 1 < t.size() && t.get(k + 1).key.equals("to")) {
      return NounPhrases.after(t, k + 2);
    }
    if (Attribution.isSpeechVerb(first, headline) && !first.key.equals("told") && !first.key.equals("tells")) {
      NounPhrases.Np np = NounPhrases.after(t, k + 1);
      return np != null && (!newSentence || t.size() - np.to() <= 5) ? np : null;
    }
    if (!newSentence) {
      for (int v = k; v + 2 < t.size(); v++) {
        // "... to reopen the bridge, according to Nnamdi Okoro, chair of ..."
        if (t.get(v).is(',') && t.get(v + 1).key.equals("according") && t.get(v + 2).key.equals("to")) {
          return NounPhrases.after(t, v + 3);
        }
      }
    }
    NounPhrases.Np inverted = newSentence ? null : invertedClosing(t, k, headline);
    if (inverted != null) {
      return inverted;
    }
    for (int v = k + 1; v < Math.min(t.size(), k + 30); v++) {
      WindowToken x = t.get(v);
      if (Attribution.isSpeechVerb(x, headline) || x.key.equals("put") && v + 1 < t.size() && t.get(v + 1).key.equals("it")) {
        NounPhrases.Np np = NounPhrases.before(t, v, k);
        if (np != null && np.reach() > k && t.get(np.reach() - 1).is(',') && !newSentence && clause.stop()
            && t.size() - v <= 6) {
          // "“A strong response” would be appropriate, Ben Carson said after the attacks."
          return np;
        }
        if (np == null || np.reach() != k || newSentence && t.size() - v > 5 && !scene(t, v + 1)) {
          return null;
        }
        return np;
      }
      if (x.isWord() && NounPhrases.isVerbLike(x) && !x.in(WordList.BETWEEN_SUBJECT_AND_VERB) && !inAside(t, k, v)) {
        return newSentence || !clause.stop() ? null : closingAttribution(t, headline);
      }
    }
    return null;
  }

  /**
   * "“...” if she lost by less, said David Wasserman, an analyst": a sentence that goes on after the quote
   * and closes with "said NAME". The name must end the clause or be followed by a comma (an apposition).
   */
  private static NounPhrases.Np invertedClosing(List<WindowToken> t, int k, boolean headline) {
    for (int v = k + 1; v < Math.min(t.size(), k + 30); v++) {
      if (t.get(v - 1).is(',') && Attribution.isSpeechVerb(t.get(v), headline)) {
        // "Mitch McConnell, R-Ky., said Tuesday": the subject stands before the verb; "told" names a listener
        NounPhrases.Np subject = NounPhrases.before(t, v, k);
        if (subject != null && subject.reach() == k || t.get(v).key.equals("told") || t.get(v).key.equals("tells")) {
          return null;
        }
        NounPhrases.Np np = NounPhrases.after(t, v + 1);
        if (np != null && t.get(np.from()).capitalised && !NounPhrases.isTimeWord(t.get(np.from()))
            && (np.to() == t.size() - 1 || t.get(np.to() + 1).is(','))) {
          return np;
        }
        return null;
      }
    }
    return null;
  }

  /**
   * Whether the words after a verb of speech set a scene or name a listener rather than open a clause of
   * what was said: "said to a crowd", "asked reporters at", "wrote in a letter".
   */
  private static boolean scene(List<WindowToken> t, int i) {
    if (i >= t.size()) {
      return true;
    }
    WindowToken n = t.get(i);
    return n.isWord() && !n.capitalised && (n.in(WordList.PREPOSITIONS)
        || n.key.equals("reporters") || n.key.equals("journalists"))
        || t.get(i - 1).key.equals("told") || t.get(i - 1).key.equals("tells");
  }

  /** A sentence that ends in its attribution: "... more “conversant” about climate change, Ban said." */
  private static NounPhrases.Np closingAttribution(List<WindowToken> t, boolean headline) {
    for (int v = t.size() - 1; v >= Math.max(1, t.size() - 5); v--) {
      if (Attribution.isSpeechVerb(t.get(v), headline)) {
        NounPhrases.Np np = NounPhrases.before(t, v, 0);
        return np != null && np.reach() > 0 && t.get(np.reach() - 1).is(',') ? np : null;
      }
    }
    return null;
  }

  /** Whether token {@code v} stands inside a comma-delimited aside that began after {@code k}. */
  private static boolean inAside(List<WindowToken> t, int k, int v) {
    int commas = 0;
    for (int i = k; i < v; i++) {
      if (t.get(i).is(',')) {
        commas++;
      }
    }
    return commas % 2 == 1;
  }

  /**
   * A quote that closes its paragraph, credited on a short line of its own below it: "“...”" then
   * "- Bernie Sanders." (a digest's or fact-check's way of quoting).
   */
  static SpeakerPhrase creditLine(Tokens text, int close) {
    String s = text.text();
    // Blank lines and the credit line are read no further than a credit line can run: constant work per quote.
    int limit = Math.min(s.length(), close + 2 * MAX_CREDIT_LINE);
    int i = close;
    while (i < limit && (s.charAt(i) == ' ' || s.charAt(i) == '\u00a0')) {
      i++;
    }
    if (i >= limit || s.charAt(i) != '\n') {
      return null;
    }
    while (i < limit && Marks.isSpace(s.charAt(i))) {
      i++;
    }
    int end = i;
    while (end < limit && s.charAt(end) != '\n') {
      end++;
    }
    if (end - i > MAX_CREDIT_LINE || end == limit && limit < s.length()) {
      return null;
    }
    List<WindowToken> t = Windows.of(text, i, end, List.of(), 0);
    if (t.size() < 2 || !Attribution.isDash(t.get(0))) {
      return null;
    }
    NounPhrases.Np np = NounPhrases.after(t, 1);
    int last = t.get(t.size() - 1).is('.') ? t.size() - 2 : t.size() - 1;
    if (np == null || np.to() != last || !t.get(np.from()).capitalised) {
      return null;
    }
    return Attribution.found(t, np, false, -1, false);
  }
}
