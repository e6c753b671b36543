package io.github.lede.extract.dates;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Dates written with calendar names and numbers: {@code 2023-09-13}, {@code 9/13/2023}, "13 September 2023",
 * "Sept. 13, 2023", "June 18", "June 2024", "June last year", "2022", "the 1990s", "the '80s", "the 20th
 * century", "nineteen ninety-six". Parts of a year are in {@link YearParts}. Each method matches at token
 * {@code i} and returns the end of the match, or -1.
 */
final class CalendarForms {
  private CalendarForms() {}

  /** Forms that start with a number. */
  static int number(Pieces t, int i, Expression e) {
    int end = numericDate(t, i, e);
    if (end > 0) {
      return end;
    }
    end = decade(t, i, e);
    if (end > 0) {
      return end;
    }
    end = century(t, i, e);
    if (end > 0) {
      return end;
    }
    end = dayMonth(t, i, e);
    if (end > 0) {
      return end;
    }
    if (Context.isYear(t, i)) {
      e.year = t.value[i];
      e.granularity = Unit.YEAR;
      return i + 1;
    }
    return -1;
  }

  /** 2023-09-13, 2023/09/13; 9/13/2023 and 13/9/2023 (month first unless the first number is over 12); 13.09.2023. */
  private static int numericDate(Pieces t, int i, Expression e) {
    if (!t.isPlainNumber(i, 1, 4) || !t.isPlainNumber(i + 2, 1, 4) || !t.isPlainNumber(i + 4, 1, 4)
        || !t.tight(i + 1) || !t.tight(i + 2) || !t.tight(i + 3) || !t.tight(i + 4)) {
      return -1;
    }
    int sep = t.kind[i + 1] == Pieces.MARK ? t.value[i + 1] : 0;
    if (sep != '-' && sep != '/' && sep != '.' || !t.isMark(i + 3, (char) sep)) {
      return -1;
    }
    int a = t.value[i];
    int b = t.value[i + 2];
    int c = t.value[i + 4];
    if (t.digits[i] == 4 && t.digits[i + 2] <= 2 && t.digits[i + 4] <= 2) {
      return day(e, a, b, c) ? i + 5 : -1;
    }
    if (t.digits[i] <= 2 && t.digits[i + 2] <= 2 && t.digits[i + 4] == 4 && sep != '-') {
      boolean monthFirst = sep == '/' && a <= 12 || b > 12;
      boolean ok = monthFirst ? day(e, c, a, b) : day(e, c, b, a);
      return ok ? i + 5 : -1;
    }
    return -1;
  }

  /** "1990s", "the '90s", "the 90s", "the nineties" (two digits or a word only after "the" or "mid-"). */
  static int decade(Pieces t, int i, Expression e) {
    Word w = t.w(i);
    if (w != null && w.plural && w.number >= 20 && w.number <= 90) {
      if (!t.is(i - 1, "the") && !t.isTightMark(i - 1, '-')) {
        return -1;
      }
      e.decade = shortDecade(w.number);
      e.granularity = Unit.DECADE;
      e.usesThe = true;
      return i + 1;
    }
    if (t.isMark(i, '\'') || t.isMark(i, '’')) {
      if (t.isPlainNumber(i + 1, 2, 2) && t.tight(i + 1) && t.value[i + 1] % 10 == 0 && t.is(i + 2, "s")
          && t.tight(i + 2)) {
        e.decade = shortDecade(t.value[i + 1]);
        e.granularity = Unit.DECADE;
        e.usesThe = true;
        return i + 3;
      }
      return -1;
    }
    if (!t.isPlainNumber(i, 2, 4) || t.value[i] % 10 != 0 || !t.is(i + 1, "s") || !t.tight(i + 1)) {
      return -1;
    }
    if (t.digits[i] == 4 && t.value[i] >= Context.MIN_YEAR && t.value[i] <= Context.MAX_YEAR) {
      e.decade = t.value[i] / 10;
    } else if (t.digits[i] == 2 && (t.is(i - 1, "the") || t.isTightMark(i - 1, '-'))) {
      e.decade = shortDecade(t.value[i]);
    } else {
      return -1;
    }
    e.granularity = Unit.DECADE;
    e.usesThe = true;
    return i + 2;
  }

  /** "'90s" means the 1990s, "'20s" the 2020s: news of this century rarely names the 1920s in short. */
  private static int shortDecade(int twoDigits) {
    return (twoDigits <= 20 ? 200 : 190) + twoDigits / 10;
  }

  /** "the 20th century", "the twentieth century". */
  private static int century(Pieces t, int i, Expression e) {
    int n;
    int j;
    if (t.isPlainNumber(i, 1, 2) && t.isWord(i + 1) && t.tight(i + 1)
        && (t.is(i + 1, "th") || t.is(i + 1, "st") || t.is(i + 1, "nd") || t.is(i + 1, "rd"))) {
      n = t.value[i];
      j = i + 2;
    } else if (t.w(i) != null && t.w(i).ordinal >= 19) {
      n = t.w(i).ordinal;
      j = i + 1;
    } else {
      return -1;
    }
    if (n < 1 || n > 22 || t.w(j) == null || t.w(j).unit != Unit.CENTURY || t.w(j).plural) {
      return -1;
    }
    e.century = n - 1;
    e.granularity = Unit.CENTURY;
    e.usesThe = true;
    return j + 1;
  }

  /** "13 September 2023", "13 Sept. 2023", "3rd of March", "19 June". */
  private static int dayMonth(Pieces t, int i, Expression e) {
    if (!t.isDayNumber(i)) {
      return -1;
    }
    int j = ordinalSuffix(t, i + 1);
    if (t.is(j, "of")) {
      j++;
    }
    Word m = t.w(j);
    if (m == null || m.month == 0 || !Context.isMonth(t, j, true)) {
      return -1;
    }
    int month = m.month;
    j++;
    if (m.abbreviation && t.isTightMark(j, '.')) {
      j++;
    }
    int y = t.isMark(j, ',') ? j + 1 : j;
    if (t.isPlainNumber(y, 4, 4) && yearRange(t.value[y])) {
      return day(e, t.value[y], month, t.value[i]) ? y + 1 : -1;
    }
    if (!partialDay(e, month, t.value[i])) {
      return -1;
    }
    return j;
  }

  /** Forms that start with a month name: "Sept. 13, 2023", "June 18", "June 2024", "June of 2024", "June". */
  static int month(Pieces t, int i, Expression e) {
    Word w = t.w(i);
    int month = w.month;
    int j = i + 1;
    if (w.abbreviation && t.isTightMark(j, '.')) {
      j++;
    }
    if (t.isDayNumber(j) && !isClock(t, j) && Context.isMonth(t, i, true)) {
      int day = t.value[j];
      int k = ordinalSuffix(t, j + 1);
      int y = t.isMark(k, ',') ? k + 1 : k;
      if (t.isPlainNumber(y, 4, 4) && yearRange(t.value[y]) && !t.isTightMark(y + 1, ':')) {
        return day(e, t.value[y], month, day) ? y + 1 : -1;
      }
      return partialDay(e, month, day) ? k : -1;
    }
    int k = t.is(j, "of") || t.isMark(j, ',') ? j + 1 : j;
    if (t.isPlainNumber(k, 4, 4) && yearRange(t.value[k]) && Context.isMonth(t, i, true)) {
      e.year = t.value[k];
      e.month = month;
      e.granularity = Unit.MONTH;
      return k + 1;
    }
    int spoken = spokenYear(t, k, e);
    if (spoken > 0 && Context.isMonth(t, i, true)) {
      e.month = month;
      e.granularity = Unit.MONTH;
      return spoken;
    }
    if (!Context.isMonth(t, i, false)) {
      return -1;
    }
    e.month = month;
    e.granularity = Unit.MONTH;
    return yearAfter(t, j, e);
  }

  /**
   * After a month, season or quarter: "last year", "this year", "next year", "of last year", or a written
   * year after "of". Returns the end, which is {@code j} when nothing follows.
   */
  static int yearAfter(Pieces t, int j, Expression e) {
    int k = t.is(j, "of") ? j + 1 : j;
    Word rel = t.w(k);
    Word unit = t.w(k + 1);
    if (rel != null && unit != null && unit.unit == Unit.YEAR && !unit.plural) {
      int shift = switch (rel.relation) {
        case Word.LAST, Word.PREVIOUS -> -1;
        case Word.THIS, Word.CURRENT -> 0;
        case Word.NEXT, Word.COMING -> 1;
        default -> Expression.NONE;
      };
      if (shift != Expression.NONE) {
        e.yearShift = shift;
        return k + 2;
      }
    }
    if (k > j && Context.isYear(t, k)) {
      e.year = t.value[k];
      return k + 1;
    }
    return j;
  }

  /** "nineteen ninety-six", "nineteen eighty", "the year two thousand". */
  static int spokenYear(Pieces t, int i, Expression e) {
    Word a = t.w(i);
    if (a == null || a.number < 0) {
      return -1;
    }
    if (a.number == 2 && t.w(i + 1) != null && t.w(i + 1).number == 1000 && t.is(i - 1, "year")) {
      e.year = 2000;
      e.granularity = Unit.YEAR;
      return i + 2;
    }
    if (a.number < 11 || a.number > 20) {
      return -1;
    }
    Word tens = t.w(i + 1);
    if (tens == null || tens.number < 20 || tens.number > 90 || tens.number % 10 != 0 || tens.plural) {
      return -1;
    }
    int year = a.number * 100 + tens.number;
    int j = i + 2;
    if (t.isTightMark(j, '-') && t.w(j + 1) != null && t.w(j + 1).number >= 1 && t.w(j + 1).number <= 9
        && t.tight(j + 1)) {
      year += t.w(j + 1).number;
      j += 2;
    }
    e.year = year;
    e.granularity = Unit.YEAR;
    return j;
  }





  /** "10:30": a clock time, not a day ("April 25: The court ruled" is a day). */
  private static boolean isClock(Pieces t, int j) {
    return t.isTightMark(j + 1, ':') && t.isPlainNumber(j + 2, 2, 2) && t.tight(j + 2);
  }

  private static int ordinalSuffix(Pieces t, int j) {
    if (t.isWord(j) && t.tight(j) && (t.is(j, "st") || t.is(j, "nd") || t.is(j, "rd") || t.is(j, "th"))) {
      return j + 1;
    }
    return j;
  }

  static boolean yearRange(int y) {
    return y >= Context.MIN_YEAR && y <= Context.MAX_YEAR;
  }

  private static boolean day(Expression e, int year, int month, int day) {
    try {
      LocalDate.of(year, month, day);
    } catch (DateTimeException ex) {
      return false;
    }
    e.year = year;
    e.month = month;
    e.day = day;
    e.granularity = Unit.DAY;
    return true;
  }

  private static boolean partialDay(Expression e, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > (month == 2 ? 29 : month == 4 || month == 6 || month == 9
        || month == 11 ? 30 : 31)) {
      return false;
    }
    e.month = month;
    e.day = day;
    e.granularity = Unit.DAY;
    return true;
  }
}
