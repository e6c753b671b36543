package io.github.lede.extract;

import java.util.List;

/**
 * The legal small print sites set under an article: reprint terms ("This material may not be published,
 * broadcast, rewritten or redistributed", "Reproduction without permission prohibited") and market-data terms
 * ("Quotes delayed at least 15 minutes"). They are about the page, not the story. A reprint notice names a
 * way of copying and asks for permission, or forbids copying this page ("this article may not be
 * reproduced"); a study's "reproduction may not recover" is no notice, and a sentence that reports on one
 * (a court's order that a report "may not be republished, the judge said") quotes someone and stays.
 */
final class Notices {
  private Notices() {}

  /** Ways of copying an article that reprint terms forbid. */
  private static final List<String> COPYING = List.of(
      "reproduced", "republished", "reprinted", "redistributed", "rewritten", "retransmitted", "reproduction",
      "republication", "redistribution", "reprint", "reprints", "reproduce", "republish", "redistribute",
      "nachdruck", "vervielfältigung", "weiterverbreitung", "reproducción");

  /** What reprint terms say of copying: it needs permission or is forbidden. */
  private static final List<String> TERMS = List.of(
      "without permission", "without prior", "without the prior", "without written", "without the written",
      "without the express", "without the permission", "without our", "prohibited", "not permitted",
      "rights reserved", "nur mit genehmigung", "nur mit zustimmung", "ohne genehmigung", "ohne zustimmung",
      "interdite", "prohibida");

  /** "May not be": reprint terms only when the page is what they speak of, not a study's "reproduction". */
  private static final List<String> FORBIDS = List.of("may not", "must not", "cannot");
  private static final List<String> THE_PAGE = List.of(
      "this material", "this article", "this content", "this story", "this page", "this site", "this website",
      "no part of", "these articles", "our articles", "our content", "dieser artikel", "dieser beitrag");

  /** How market-data terms and reprint offers open. */
  private static final List<String> OPENINGS = List.of(
      "reprints and permissions", "reprints & permissions", "reprint rights", "order reprints", "purchase reprints",
      "market data provided", "market data powered", "market data by", "market data delayed", "quotes delayed",
      "quotes are delayed", "data delayed", "data is delayed", "data are delayed", "prices delayed",
      "all quotes delayed", "kursdaten von", "kurse verzögert", "alle angaben ohne gewähr");

  /** Whether a normalised line (see {@link Text#normalise}) is reprint or market-data small print. */
  static boolean isNotice(String n) {
    for (String m : OPENINGS) {
      if (n.startsWith(m)) {
        return true;
      }
    }
    if (n.indexOf('"') >= 0 || n.indexOf('“') >= 0 || n.contains(" said") || n.contains(" says")) {
      return false;
    }
    return Chrome.containsAnyPhrase(n, COPYING) && (Chrome.containsAny(n, TERMS)
        || Chrome.containsAny(n, FORBIDS) && Chrome.containsAny(n, THE_PAGE));
  }
}
