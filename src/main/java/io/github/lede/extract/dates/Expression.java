package io.github.lede.extract.dates;

/**
 * What a matched date expression says, before it is resolved to a value: the calendar fields the text gives,
 * and how to find the rest. One instance is reused for every match of an extraction run (the grammar tries
 * several forms at most tokens: a new object each time would be garbage at the rate of tokens read); the
 * grammar fills it and the {@link Resolver} reads it. {@link #clear} is the one place every field's empty
 * value is written, the constructor included, and {@code ExpressionTest} sets every field reflectively and
 * checks that {@code clear} empties it, so a field added without its reset fails the build.
 *
 * <ul>
 *   <li>Absolute: {@link #year} and finer fields are all written ("Sept. 13, 2023", "the 1990s").
 *   <li>Partial: fields without a year ("June 18", "Wednesday", "the first quarter"); the year, or the week,
 *       comes from the reference date, the {@link #direction} the text gives ("last June") or, failing that,
 *       the tense of the sentence.
 *   <li>Shifted: a number of {@link #shiftUnit}s away from the reference date ("two days ago", "last week") or
 *       from the date mentioned before ("a year earlier", "the next day").
 *   <li>A TimeML reference value: {@code PRESENT_REF}, {@code PAST_REF}, {@code FUTURE_REF} ("now").
 * </ul>
 */
final class Expression {
  static final int NONE = Integer.MIN_VALUE;

  int year;
  int month;
  int day;
  int quarter;
  int half;
  Season season;
  /** A decade's first three digits (199 for the 1990s). */
  int decade;
  /** A century's first two digits (19 for the 20th century). */
  int century;
  int weekday;
  boolean weekend;
  /** A part of the day, or null. */
  PartOfDay part;
  int hour;
  int minute;
  int holiday;
  /** The granularity of the value, or null before a form sets it. */
  Unit granularity;

  /** The year as a shift from the reference year ("June last year": -1), or {@link #NONE}. */
  int yearShift;
  /** {@link Word#LAST}, {@link Word#NEXT} or {@link Word#THIS} when the text says which one; 0 to use tense. */
  int direction;

  /** What a shift counts from, or null for a date that is no shift. */
  Anchor anchor;
  Unit shiftUnit;
  int shiftAmount;
  /** The shift from the reference date when there is no previous date to shift from. */
  int fallbackAmount;
  /** "a year earlier", "two days later": the shifted date keeps the granularity of the date it shifts. */
  boolean keepAnchorGranularity;

  /** A TimeML reference value such as {@code PRESENT_REF}, or null. */
  String reference;
  /** The expression includes a leading "the" ("the 1990s", but not "the June 18 vote"). */
  boolean usesThe;
  /** The first token of the match, set by {@link Grammar#match}. */
  int first;
  /** The name of the form that matched ("month", "count-of-units"), for explaining the mention. */
  String form;

  Expression() {
    clear();
  }

  /** Empties every field, as a new instance has them. */
  void clear() {
    first = 0;
    year = NONE;
    month = 0;
    day = 0;
    quarter = 0;
    half = 0;
    season = null;
    decade = NONE;
    century = NONE;
    weekday = 0;
    weekend = false;
    part = null;
    hour = -1;
    minute = 0;
    holiday = 0;
    granularity = null;
    yearShift = NONE;
    direction = 0;
    anchor = null;
    shiftUnit = null;
    shiftAmount = 0;
    fallbackAmount = 0;
    keepAnchorGranularity = false;
    reference = null;
    usesThe = false;
    form = null;
  }

  /** A shift of {@code amount} units from the given anchor, at that unit's granularity. */
  Expression shift(Anchor anchor, Unit unit, int amount) {
    this.anchor = anchor;
    this.shiftUnit = unit;
    this.shiftAmount = amount;
    this.fallbackAmount = amount;
    this.granularity = unit == Unit.FORTNIGHT ? Unit.WEEK : unit;
    return this;
  }

  boolean isShift() {
    return anchor != null;
  }

  /**
   * "the year-ago quarter", "last year's quarter": the same quarter a year before the one reported, which is
   * four quarters before the quarter named before; with none named, before the last quarter that has ended,
   * five quarters before the reference date's.
   */
  Expression sameQuarterAYearBefore() {
    shift(Anchor.PREVIOUS_OR_REFERENCE, Unit.QUARTER, -4).fallbackAmount = -5;
    return this;
  }

  /** Names a day (or a time on one), so a following part of the day or clock time can attach to it. */
  boolean namesDay() {
    return granularity == Unit.DAY || granularity == Unit.TIME;
  }
}
