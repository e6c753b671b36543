package io.github.lede.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the first calendar date in a metadata value or a "Published ..." line, in the forms news sites write:
 * {@code 2024-06-19}, {@code 2024-06-19T08:15:00Z}, {@code 2024/06/19}, {@code June 19, 2024},
 * {@code Sept. 13 2023}, {@code 19 June 2024}, {@code Wed, 19 Jun 2024 10:32:00 GMT}, {@code 19.06.2024},
 * {@code 06/19/2024}; and a day without a year ({@code Feb 26}), which needs a reference date. A hand-written
 * token scanner, linear in the input. Shared by {@code ingest} (page metadata) and {@code extract} (header
 * blocks, datelines, "Published ..." lines).
 */
public final class PublicationDates {
  private static final int MIN_YEAR = 1800;
  private static final int MAX_YEAR = 2200;

  private PublicationDates() {}

  /** Parses a full date (with its year) anywhere in the text, or returns null. */
  public static LocalDate parse(String text) {
    if (text == null) {
      return null;
    }
    WrittenDate f = find(text);
    return f == null || f.year() == 0 ? null : f.resolve(null);
  }

  /** True when the text holds a date this class reads (with or without its year): metadata worth keeping. */
  public static boolean holdsDate(String text) {
    return text != null && find(text) != null;
  }

  /** The first date in the text, with or without a year, or null. */
  public static WrittenDate find(String text) {
    List<Token> tokens = tokenize(text, 64);
    for (int i = 0; i < tokens.size(); i++) {
      WrittenDate f = matchAt(tokens, i);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  /** The date in {@code year}-less form nearest to the reference, within half a year either way. */
  public static LocalDate nearest(MonthDay md, LocalDate reference) {
    LocalDate best = null;
    for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
      if (!md.isValidYear(y)) {
        continue;
      }
      LocalDate d = md.atYear(y);
      if (best == null || Math.abs(d.toEpochDay() - reference.toEpochDay())
          < Math.abs(best.toEpochDay() - reference.toEpochDay())) {
        best = d;
      }
    }
    return best;
  }

  private static WrittenDate matchAt(List<Token> t, int i) {
    Token a = t.get(i);
    if (a.number >= 0 && a.digits == 4 && inYearRange(a.number)) {
      // 2024-06-19, 2024/06/19, 2024.06.19
      if (i + 4 < t.size() && t.get(i + 1).isSep("-/.") && t.get(i + 2).isDayOrMonth()
          && t.get(i + 3).isSep("-/.") && t.get(i + 4).isDayOrMonth()) {
        return valid(a.number, t.get(i + 2).number, t.get(i + 4).number);
      }
      return null;
    }
    int month = a.month;
    if (month > 0) {
      // June 19, 2024 / Sept. 13 2023 / Feb 26
      int j = i + 1;
      if (j < t.size() && t.get(j).isDay()) {
        int day = t.get(j).number;
        j++;
        j = skipOrdinal(t, j);
        if (j < t.size() && t.get(j).isSep(",")) {
          j++;
        }
        if (j < t.size() && t.get(j).isYear()) {
          return valid(t.get(j).number, month, day);
        }
        return valid(0, month, day);
      }
      return null;
    }
    if (a.isDay()) {
      int j = skipOrdinal(t, i + 1);
      if (j < t.size() && t.get(j).word != null && t.get(j).word.equalsIgnoreCase("of")) {
        j++;
      }
      // 19 June 2024 / 19 Jun, 2024 / 19 June
      if (j < t.size() && t.get(j).month > 0) {
        int m = t.get(j).month;
        j++;
        if (j < t.size() && t.get(j).isSep(",")) {
          j++;
        }
        if (j < t.size() && t.get(j).isYear()) {
          return valid(t.get(j).number, m, a.number);
        }
        return valid(0, m, a.number);
      }
      // 19.06.2024 (day first) or 06/19/2024 (month first, as US sites write)
      if (i + 4 < t.size() && t.get(i + 1).isSep("./-") && t.get(i + 2).isDayOrMonth()
          && t.get(i + 3).isSep("./-") && t.get(i + 4).isYear() && !gluedToTime(t, i + 4)) {
        int b = t.get(i + 2).number;
        int y = t.get(i + 4).number;
        boolean monthFirst = t.get(i + 1).sep == '/' && a.number <= 12 || b > 12;
        return monthFirst ? valid(y, a.number, b) : valid(y, b, a.number);
      }
    }
    return null;
  }

  /**
   * "28.09.1912:44": a two-digit year run into the time after it (two page elements with no space between),
   * not the year 1912. Such a date is dropped rather than guessed.
   */
  private static boolean gluedToTime(List<Token> t, int year) {
    return t.get(year).digits == 4 && year + 2 < t.size() && t.get(year + 1).isSep(":")
        && t.get(year + 2).number >= 0;
  }

  private static int skipOrdinal(List<Token> t, int j) {
    if (j < t.size() && t.get(j).word != null) {
      String w = t.get(j).word.toLowerCase(java.util.Locale.ROOT);
      if (w.equals("st") || w.equals("nd") || w.equals("rd") || w.equals("th")) {
        return j + 1;
      }
    }
    return j;
  }

  private static boolean inYearRange(int y) {
    return y >= MIN_YEAR && y <= MAX_YEAR;
  }

  private static WrittenDate valid(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    try {
      if (year != 0) {
        LocalDate.of(year, month, day);
      } else {
        MonthDay.of(month, day);
      }
    } catch (DateTimeException e) {
      return null;
    }
    return new WrittenDate(year, month, day);
  }

  /** A number, a word or a separator character. */
  private static final class Token {
    int number = -1;
    int digits;
    String word;
    int month;
    char sep;

    boolean isSep(String chars) {
      return sep != 0 && chars.indexOf(sep) >= 0;
    }

    boolean isDay() {
      return number >= 1 && number <= 31 && digits <= 2;
    }

    boolean isDayOrMonth() {
      return number >= 1 && number <= 31 && digits <= 2;
    }

    boolean isYear() {
      return digits == 4 && inYearRange(number);
    }
  }

  /** Splits into tokens, at most {@code max} of them: a date sits near the start of what we are given. */
  private static List<Token> tokenize(String s, int max) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < s.length() && out.size() < max) {
      char c = s.charAt(i);
      Token t = new Token();
      if (c >= '0' && c <= '9') {
        int start = i;
        long v = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
          if (i - start < 9) {
            v = v * 10 + (s.charAt(i) - '0');
          }
          i++;
        }
        t.digits = i - start;
        t.number = t.digits > 9 ? Integer.MAX_VALUE : (int) v;
      } else if (Character.isLetter(c)) {
        int start = i;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
          i++;
        }
        if (i < s.length() && s.charAt(i) == '.') {
          i++;
        }
        t.word = s.substring(start, i);
        t.month = CalendarNames.month(t.word);
      } else if (Character.isWhitespace(c)) {
        i++;
        continue;
      } else {
        t.sep = c;
        i++;
      }
      out.add(t);
    }
    return out;
  }
}
