package io.github.lede.extract;

import java.util.List;

/**
 * The small print sites set around an article: a paywall's "available to subscribers only", a footer's company
 * registration ("Registered in England No. 01234567"), reprint terms ("This material may not be published,
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

  /** A paywall's notice that the rest is for subscribers. */
  private static final List<String> FOR_SUBSCRIBERS = List.of(
      "subscribers only", "available to subscribers", "exclusive to subscribers", "for subscribers only",
      "only available to members", "nur für abonnenten", "réservé aux abonnés", "exclusivo para suscriptores");

  /** A publisher's company registration in a footer, with its number. */
  private static final List<String> REGISTRATION = List.of(
      "registered in england", "registered in scotland", "registered in ireland", "registered office",
      "company number", "company no", "company registration", "registered charity", "handelsregister",
      "registergericht", "amtsgericht", "ust-idnr", "vat number", "vat no");

  /** Whether a normalised line (see {@link Text#normalise}) is small print: terms, a paywall's, a footer's. */
  static boolean isNotice(String n) {
    for (String m : OPENINGS) {
      if (n.startsWith(m)) {
        return true;
      }
    }
    if (n.indexOf('"') >= 0 || n.indexOf('“') >= 0 || n.contains(" said") || n.contains(" says")) {
      return false;
    }
    if (Chrome.containsAny(n, FOR_SUBSCRIBERS) || n.indexOf('#') >= 0 && Chrome.containsAny(n, REGISTRATION)) {
      return true;
    }
    return Chrome.containsAnyPhrase(n, COPYING) && (Chrome.containsAny(n, TERMS)
        || Chrome.containsAny(n, FORBIDS) && Chrome.containsAny(n, THE_PAGE));
  }
}
