package io.github.lede.extract;

import java.util.List;

/**
 * Marks chrome units: those {@link Chrome} recognises alone, and the short labels that stand in a run with
 * them (menu items after "Skip to content", the buttons of a cookie notice, a site name above "Menu").
 * Labels spread forwards more readily than backwards, because a headline may sit just above share buttons.
 * Rows of a table ({@link TableLines}) are never chrome.
 */
final class ChromeRuns {
  private static final int FORWARD_WORDS = 6;
  private static final int BACKWARD_WORDS = 3;

  private ChromeRuns() {}

  static boolean[] mark(List<Layout.Unit> units) {
    int n = units.size();
    boolean[] chrome = new boolean[n];
    // Rows of a table are short and no sentences, and a row alone reads as a breadcrumb: never chrome.
    boolean[] rows = TableLines.mark(units);
    for (int i = 0; i < n; i++) {
      chrome[i] = !rows[i] && Chrome.isChrome(units.get(i).text());
    }
    // Without blank lines a whole page is one block: spread only to the shortest labels.
    boolean blocks = n > 0 && units.get(n - 1).block() > 0;
    int forward = blocks ? FORWARD_WORDS : BACKWARD_WORDS;
    for (int i = 1; i < n; i++) {
      if (!chrome[i] && !rows[i] && chrome[i - 1] && sameBlock(units, i - 1, i)
          && isLabel(units.get(i).text(), forward)) {
        chrome[i] = true;
      }
    }
    for (int i = n - 2; i >= 0; i--) {
      if (!chrome[i] && !rows[i] && chrome[i + 1] && sameBlock(units, i, i + 1)
          && isLabel(units.get(i).text(), BACKWARD_WORDS)) {
        chrome[i] = true;
      }
    }
    return chrome;
  }

  private static boolean sameBlock(List<Layout.Unit> units, int a, int b) {
    return units.get(a).block() == units.get(b).block();
  }

  /** A short line that is not a sentence and carries nothing the article needs (byline, date, credit). */
  private static boolean isLabel(String text, int maxWords) {
    return !Text.moreWordsThan(text, maxWords) && !Text.endsLikeSentence(text) && Bylines.parse(text) == null
        && PublishedLines.parse(text) == null && Captions.creditOnly(text) == null
        && !CreditLines.isCreditLine(text) && PublicationDates.find(text) == null;
  }
}
