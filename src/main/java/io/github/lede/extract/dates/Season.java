package io.github.lede.extract.dates;

/** The seasons (northern hemisphere, meteorological), with TimeML's codes and the month each begins. */
enum Season {
  SPRING("SP", 3), SUMMER("SU", 6), FALL("FA", 9), WINTER("WI", 12);

  /** TimeML's code: {@code 2024-SU}. */
  final String code;
  /** The month the season begins. */
  final int firstMonth;

  Season(String code, int firstMonth) {
    this.code = code;
    this.firstMonth = firstMonth;
  }

  /** The season a month lies in. */
  static Season of(int month) {
    return month == 12 || month <= 2 ? WINTER : month <= 5 ? SPRING : month <= 8 ? SUMMER : FALL;
  }
}
