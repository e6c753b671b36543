package io.github.lede.extract;

import io.github.lede.text.Tokenizer;
import io.github.lede.text.Tokens;

/** Decides whether a line reads as a headline, and derives one from the lede when an article has none. */
final class Headlines {
  /** Derived headlines are cut at a word boundary near this length. */
  static final int DERIVED_MAX = 160;

  private Headlines() {}

  /**
   * A title: three to 30 words, not starting in lower case, and either without a closing full stop (titles
   * seldom have one) or in Title Case throughout ("Stealth Over Health: Clinton Was Headed to ER.").
   */
  static boolean readsAsTitle(String line) {
    if (line.length() > 250 || Text.moreWordsThan(line, 30) || !Text.moreWordsThan(line, 2)) {
      return false;
    }
    char first = line.charAt(0);
    if (Character.isLowerCase(first) || line.endsWith(":") || line.endsWith(",")) {
      return false;
    }
    // A closing full stop is allowed only in Title Case throughout: sentences full of names reach 60-70%.
    if (Text.endsLikeSentence(line) && !line.endsWith("?") && !line.endsWith("!")) {
      return Text.capitalisedShare(line) >= 0.9;
    }
    return true;
  }

  /**
   * A headline from the lede: its first sentence (as the one tokenizer splits sentences), cut at a word
   * boundary when long. Only the paragraph's opening is read: a sentence longer than that is cut anyway.
   */
  static String derive(String firstParagraph) {
    String opening = firstParagraph.length() > 2 * DERIVED_MAX ? firstParagraph.substring(0, 2 * DERIVED_MAX)
        : firstParagraph;
    Tokens tokens = Tokenizer.tokenize(opening);
    int last = tokens.size() == 0 ? -1 : tokens.sentenceEndToken(0) - 1;
    while (last >= 0 && tokens.isLineBreak(last)) {
      last--;
    }
    String sentence = last < 0 ? "" : opening.substring(0, tokens.end(last)).strip();
    if (sentence.length() <= DERIVED_MAX) {
      return sentence;
    }
    int cut = sentence.lastIndexOf(' ', DERIVED_MAX - 1);
    if (cut < DERIVED_MAX / 2) {
      cut = DERIVED_MAX - 1;
    }
    return sentence.substring(0, cut).strip() + "…";
  }
}
