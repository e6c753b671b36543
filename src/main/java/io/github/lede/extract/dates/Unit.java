package io.github.lede.extract.dates;

/**
 * Units of time, granularities of a value, parts of the day and seasons, as small int constants: the grammar
 * handles them in tight loops and keeps them in int fields, so they are not an enum.
 */
final class Unit {
  static final int TIME = 1;
  static final int DAY = 2;
  static final int WEEKEND = 3;
  static final int WEEK = 4;
  static final int FORTNIGHT = 5;
  static final int MONTH = 6;
  static final int SEASON = 7;
  static final int QUARTER = 8;
  static final int HALF = 9;
  static final int YEAR = 10;
  static final int DECADE = 11;
  static final int CENTURY = 12;
  static final int HOUR = 13;
  static final int MINUTE = 14;

  static final int MORNING = 1;
  static final int AFTERNOON = 2;
  static final int EVENING = 3;
  static final int NIGHT = 4;
  /** TimeML's codes for the parts of the day, indexed by the constants above. */
  static final String[] PART_CODES = {null, "MO", "AF", "EV", "NI"};

  static final int SPRING = 1;
  static final int SUMMER = 2;
  static final int FALL = 3;
  static final int WINTER = 4;
  /** TimeML's codes for the seasons, indexed by the constants above. */
  static final String[] SEASON_CODES = {null, "SP", "SU", "FA", "WI"};
  /** The first month of each season (northern hemisphere, meteorological). */
  static final int[] SEASON_START = {0, 3, 6, 9, 12};

  private Unit() {}

  /** The season a month lies in. */
  static int seasonOf(int month) {
    return month == 12 || month <= 2 ? WINTER : month <= 5 ? SPRING : month <= 8 ? SUMMER : FALL;
  }
}
