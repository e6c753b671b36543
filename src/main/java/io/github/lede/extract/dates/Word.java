package io.github.lede.extract.dates;

/**
 * What one word can mean to the date grammar: a month, a weekday, a unit of time, a number, a part of the
 * day, a season, a relation ("last", "next"), a modifier ("early", "late"), a word that is itself a date
 * ("today", "now") or a clue to the tense of its sentence. A word may be several of these ("May", "second",
 * "fall"); the grammar decides from context which one it is. Instances are shared and never change after
 * {@link DateWords} builds them.
 */
final class Word {
  final String text;
  int month;
  int weekday;
  /** Abbreviated month or weekday ("Sept", "Wed"): needs a dot or a following number to count. */
  boolean abbreviation;
  /** A unit of time ("day", "weeks"), or null. */
  Unit unit;
  boolean plural;
  /** A cardinal number ("two", "a", "dozen"), or -1. */
  int number = -1;
  /** True for "several", "few", "many", "some": a count too vague to compute with. */
  boolean vagueCount;
  /** An ordinal ("first", "third"), or 0. */
  int ordinal;
  /** A part of the day, or null. */
  PartOfDay part;
  /** A season, or null. */
  Season season;
  /** A relation: {@link #LAST} and the like, or 0. */
  int relation;
  /** A modifier: {@link #EARLY} and the like, or 0. */
  int modifier;
  /** A word that names a date by itself: {@link #TODAY} and the like, or 0. */
  int deictic;
  /** Tense clue: {@link Tense#PAST}, {@link Tense#FUTURE} or 0. */
  int tense;
  /** "ago", "earlier", "later", "before", "after", "hence": direction of a shift from an anchor, or 0. */
  int shift;
  /** Makes a following date a set ("every Monday") or a rate ("a day"). */
  boolean setMarker;
  /** A noun a count goes with ("people", "votes"): a number right before it is not a year. */
  boolean countNoun;
  /** A word after which a number is not a year ("No.", "page", "flight"). */
  boolean numberLabel;
  /** An abbreviation whose dot does not end a sentence ("Mr.", "Sept.", "St."). */
  boolean dottedAbbreviation;
  /** A holiday's code in {@link Holidays}, or 0. */
  int holiday;
  /** A word with a role of its own in the grammar: {@link #FISCAL} and the like, or 0. */
  int marker;

  static final int LAST = 1;
  static final int NEXT = 2;
  static final int THIS = 3;
  static final int COMING = 4;
  static final int PAST = 5;
  static final int PREVIOUS = 6;
  static final int FOLLOWING = 7;
  static final int CURRENT = 8;
  static final int LATEST = 9;
  /** "that day", "that year": the date mentioned before. */
  static final int THAT = 10;

  static final int EARLY = 1;
  static final int LATE = 2;
  static final int MID = 3;
  static final int EARLIER = 4;
  static final int LATER = 5;

  static final int TODAY = 1;
  static final int YESTERDAY = 2;
  static final int TOMORROW = 3;
  static final int TONIGHT = 4;
  static final int NOW = 5;
  static final int RECENTLY = 6;
  static final int CURRENTLY = 7;

  static final int FISCAL = 1;
  static final int NOON = 2;
  static final int MIDNIGHT = 3;
  static final int FUTURE = 4;
  /** "near", "distant", "immediate", "short": "the near future", "the short term". */
  static final int NEAR = 6;
  static final int THESE = 7;
  /** "nearly", "almost", "about", "some": a count before "ago" that is not exact. */
  static final int APPROXIMATELY = 8;
  /** A time zone after a clock time ("EST", "GMT"). */
  static final int ZONE = 9;
  /** Words before which a bare month or year reads as a date ("in", "since", "by"). */
  static final int PREPOSITION = 10;
  /** Determiners and possessives before an adjectival year ("the 1996 campaign", "its 2022 report"). */
  static final int DETERMINER = 11;
  /** "period" in earnings news: a quarter ("the latest period", "the year-ago period"). */
  static final int PERIOD = 12;
  /** "full", "whole", "entire": "the full year". */
  static final int FULL = 13;
  /** "Q" and "H" before a digit: "Q2", "H1". */
  static final int PERIOD_LETTER = 14;

  static final int AGO = 1;
  static final int BEFORE = 2;
  static final int AFTER = 3;
  static final int HENCE = 4;

  Word(String text) {
    this.text = text;
  }

  @Override
  public String toString() {
    return text;
  }
}
