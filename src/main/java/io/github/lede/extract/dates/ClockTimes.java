package io.github.lede.extract.dates;

/**
 * Clock times: "10:35 a.m.", "9 p.m.", "7 PM", "14:30 GMT", "6 o'clock", "noon", "midnight", with a time
 * zone after them skipped ("5 p.m. EST"). A bare "10:35" is not taken: it is as often a score, a ratio or a
 * verse. {@link Grammar} attaches the day that follows ("9 p.m. Monday").
 */
final class ClockTimes {
  private ClockTimes() {}

  static int clock(Pieces t, int i, Expression e) {
    Word w = t.w(i);
    int hour;
    int minute = 0;
    int j;
    if (w != null && (w.marker == Word.NOON || w.marker == Word.MIDNIGHT)) {
      if (t.is(i - 1, "high")) {
        // "high noon" is a showdown, not a time.
        return -1;
      }
      hour = w.marker == Word.NOON ? 12 : 24;
      j = i + 1;
    } else if (t.isPlainNumber(i, 1, 2)) {
      hour = t.value[i];
      j = i + 1;
      boolean minutes = false;
      if (t.isTightMark(j, ':') && t.isPlainNumber(j + 1, 2, 2) && t.tight(j + 1)) {
        minute = t.value[j + 1];
        j += 2;
        minutes = true;
      }
      int m = meridiem(t, j);
      if (m > 0) {
        boolean pm = t.is(j, "p") || t.is(j, "pm");
        if (hour < 1 || hour > 12) {
          return -1;
        }
        hour = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
        j = m;
      } else if (t.is(j, "o") && (t.isMark(j + 1, '\'') || t.isMark(j + 1, '’')) && t.is(j + 2, "clock")) {
        j += 3;
      } else if (!(minutes && t.w(j) != null && t.w(j).marker == Word.ZONE && t.upper(j))) {
        return -1;
      }
      if (hour > 24 || minute > 59) {
        return -1;
      }
    } else {
      return -1;
    }
    if (t.w(j) != null && t.w(j).marker == Word.ZONE && t.upper(j)) {
      j++;
    } else if (t.is(j, "local") && t.is(j + 1, "time")) {
      j += 2;
    }
    e.hour = hour;
    e.minute = minute;
    e.granularity = Unit.TIME;
    return j;
  }

  /** The end of "a.m.", "p.m.", "a.m", "am", "PM" at {@code j}, or -1. */
  private static int meridiem(Pieces t, int j) {
    if ((t.is(j, "a") || t.is(j, "p")) && t.isTightMark(j + 1, '.') && t.is(j + 2, "m") && t.tight(j + 2)) {
      return t.isTightMark(j + 3, '.') ? j + 4 : j + 3;
    }
    if (t.is(j, "am") && (t.lowerCaseWord(j) || t.upper(j)) || t.is(j, "pm")) {
      return j + 1;
    }
    return -1;
  }
}
