package io.github.lede.extract;

import io.github.lede.text.PublicationDates;
import java.util.List;

/**
 * Marks chrome units: those {@link Chrome} recognises alone, the sentences that explain a prompt ("Follow
 * authors and topics", then "Authors and topics you follow will be added to your feed."), and the short
 * labels that stand in a run with them (menu items after "Skip to content", the buttons of a cookie notice, a
 * site name above "Menu", a sign-off at the end of the page). Labels spread forwards more readily than
 * backwards, because a headline may sit just above share buttons. Rows of a table ({@link TableLines}) are
 * never chrome.
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
    explanations(units, chrome);
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
    tail(units, chrome, rows, forward);
    return chrome;
  }

  /**
   * A prompt's explanation goes with the prompt: after a prompt to the reader, the sentences that follow it
   * (past its buttons) while they address the reader and name the prompt's action ("follow", "sign up") are
   * chrome too. Each sentence must show both marks, so reporting after a prompt is never taken.
   */
  private static void explanations(List<Layout.Unit> units, boolean[] chrome) {
    // The actions of the prompts in the current run of chrome; a line of reporting ends the run. One pass.
    java.util.Set<String> actions = new java.util.HashSet<>();
    for (int j = 0; j < units.size(); j++) {
      String text = units.get(j).text();
      if (chrome[j]) {
        String action = Chrome.promptAction(text);
        if (action != null) {
          actions.add(action);
        }
      } else if (!actions.isEmpty() && !isLabel(text, FORWARD_WORDS)) {
        // Past the prompt's buttons and names ("Oskar Lindqvist", "Follow"): the labels spread later.
        if (explainsAny(text, actions)) {
          chrome[j] = true;
        } else {
          actions.clear();
        }
      }
    }
  }

  private static boolean explainsAny(String text, java.util.Set<String> actions) {
    for (String action : actions) {
      if (Chrome.explains(text, action)) {
        return true;
      }
    }
    return false;
  }

  /**
   * After the article's last line of text, labels that follow chrome are chrome across blank lines too: the
   * page's tail is furniture ("Interact with The Ledger" under the follow buttons). A table the article ends
   * with is its text.
   */
  private static void tail(List<Layout.Unit> units, boolean[] chrome, boolean[] rows, int maxWords) {
    int last = units.size() - 1;
    while (last >= 0 && !rows[last] && (chrome[last] || isLabel(units.get(last).text(), maxWords))) {
      last--;
    }
    boolean afterChrome = false;
    for (int i = last + 1; i < units.size(); i++) {
      if (chrome[i]) {
        afterChrome = true;
      } else if (afterChrome) {
        chrome[i] = true;
      }
    }
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
