package io.github.lede.extract;

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

  /** A headline from the lede: its first sentence, cut at a word boundary when long. */
  static String derive(String firstParagraph) {
    String sentence = firstParagraph.substring(0, SentenceEnds.first(firstParagraph)).strip();
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
