package io.github.lede.ingest.html;

import io.github.lede.text.PublicationDates;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a date as pages show it to readers, in more forms than metadata uses: month names in German, French,
 * Spanish, Portuguese, Italian and Dutch as well as English ("6. Mai 2012", "3 de mayo de 2022"), a day with
 * an ordinal dot before an abbreviated month ("28. Jan. 2022"), and a day-month-year with a two-digit year
 * ("31.10.23"). Foreign month names are put into English and the text handed to {@link PublicationDates}.
 */
final class ShownDates {
  private static final Map<String, String> MONTHS = Map.ofEntries(
      Map.entry("januar", "January"), Map.entry("jänner", "January"), Map.entry("janvier", "January"),
      Map.entry("enero", "January"), Map.entry("gennaio", "January"), Map.entry("januari", "January"),
      Map.entry("janeiro", "January"), Map.entry("janv", "January"), Map.entry("jan", "January"),
      Map.entry("februar", "February"), Map.entry("feber", "February"), Map.entry("février", "February"),
      Map.entry("fevrier", "February"), Map.entry("febrero", "February"), Map.entry("febbraio", "February"),
      Map.entry("februari", "February"), Map.entry("fevereiro", "February"), Map.entry("févr", "February"),
      Map.entry("feb", "February"), Map.entry("märz", "March"), Map.entry("maerz", "March"),
      Map.entry("mär", "March"), Map.entry("mrz", "March"), Map.entry("mars", "March"),
      Map.entry("marzo", "March"), Map.entry("maart", "March"), Map.entry("março", "March"),
      Map.entry("mar", "March"), Map.entry("avril", "April"), Map.entry("abril", "April"),
      Map.entry("aprile", "April"), Map.entry("avr", "April"), Map.entry("apr", "April"),
      Map.entry("mai", "May"), Map.entry("mayo", "May"), Map.entry("maggio", "May"), Map.entry("mei", "May"),
      Map.entry("maio", "May"), Map.entry("juni", "June"), Map.entry("juin", "June"),
      Map.entry("junio", "June"), Map.entry("giugno", "June"), Map.entry("junho", "June"),
      Map.entry("jun", "June"), Map.entry("juli", "July"), Map.entry("juillet", "July"),
      Map.entry("julio", "July"), Map.entry("luglio", "July"), Map.entry("julho", "July"),
      Map.entry("juil", "July"), Map.entry("jul", "July"), Map.entry("août", "August"),
      Map.entry("aout", "August"), Map.entry("agosto", "August"), Map.entry("augustus", "August"),
      Map.entry("aug", "August"), Map.entry("septembre", "September"), Map.entry("septiembre", "September"),
      Map.entry("settembre", "September"), Map.entry("setembro", "September"), Map.entry("sept", "September"),
      Map.entry("sep", "September"), Map.entry("oktober", "October"), Map.entry("octobre", "October"),
      Map.entry("octubre", "October"), Map.entry("ottobre", "October"), Map.entry("outubro", "October"),
      Map.entry("okt", "October"), Map.entry("oct", "October"), Map.entry("novembre", "November"),
      Map.entry("noviembre", "November"), Map.entry("novembro", "November"), Map.entry("nov", "November"),
      Map.entry("dezember", "December"), Map.entry("décembre", "December"), Map.entry("decembre", "December"),
      Map.entry("diciembre", "December"), Map.entry("dicembre", "December"), Map.entry("dezembro", "December"),
      Map.entry("déc", "December"), Map.entry("dez", "December"), Map.entry("dec", "December"),
      Map.entry("january", "January"), Map.entry("february", "February"), Map.entry("march", "March"),
      Map.entry("april", "April"), Map.entry("may", "May"), Map.entry("june", "June"),
      Map.entry("july", "July"), Map.entry("august", "August"), Map.entry("september", "September"),
      Map.entry("october", "October"), Map.entry("november", "November"), Map.entry("december", "December"));

  private ShownDates() {}

  /** A full date (with its year) in visible text, or null. */
  static LocalDate parse(String text) {
    LocalDate d = PublicationDates.parse(englishMonths(text));
    return d != null ? d : shortYear(text);
  }

  /**
   * The text with month names in English ("6. Mai 2012" -> "6 May 2012"): the ordinal dot after the day is
   * dropped, which would hide the day from the date reader, and so is the "de" of "3 de mayo de 2022".
   */
  static String englishMonths(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    boolean afterMonth = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        sb.append(c);
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      String word = text.substring(start, i);
      String lower = word.toLowerCase(Locale.ROOT);
      if (afterMonth && (lower.equals("de") || lower.equals("del"))) {
        afterMonth = false;
        continue;
      }
      String english = i - start >= 3 ? MONTHS.get(lower) : null;
      afterMonth = english != null;
      if (english != null) {
        dropBeforeMonth(sb);
      }
      sb.append(english != null ? english : word);
    }
    return sb.toString();
  }

  /** Drops "." of "6. " or "de " of "3 de " at the end of what was written, before a month name. */
  private static void dropBeforeMonth(StringBuilder sb) {
    int n = sb.length();
    if (n >= 3 && sb.charAt(n - 1) == ' ' && sb.charAt(n - 2) == '.' && Character.isDigit(sb.charAt(n - 3))) {
      sb.deleteCharAt(n - 2);
    } else if (n >= 5 && sb.charAt(n - 1) == ' ' && (sb.charAt(n - 2) == 'e' || sb.charAt(n - 2) == 'E')
        && (sb.charAt(n - 3) == 'd' || sb.charAt(n - 3) == 'D') && sb.charAt(n - 4) == ' '
        && Character.isDigit(sb.charAt(n - 5))) {
      sb.setLength(n - 3);
    }
  }

  /**
   * The first day-month-year written with dots and a two-digit year ("31.10.23", "2.11.22"), as German,
   * Swiss and Austrian pages show dates; read as 20yy. A fourth number after another dot ("1.2.23.4") makes
   * it a version number, not a date.
   */
  static LocalDate shortYear(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isDigit(text.charAt(i)) || i > 0 && (Character.isDigit(text.charAt(i - 1))
          || text.charAt(i - 1) == '.')) {
        i++;
        continue;
      }
      int[] parts = new int[3];
      int at = i;
      int k = 0;
      for (; k < 3; k++) {
        int from = at;
        while (at < n && at - from < 3 && Character.isDigit(text.charAt(at))) {
          at++;
        }
        int len = at - from;
        if (len == 0 || len > 2 || at < n && Character.isDigit(text.charAt(at)) || k == 2 && len != 2) {
          break;
        }
        parts[k] = Integer.parseInt(text, from, at, 10);
        if (k < 2) {
          if (at >= n || text.charAt(at) != '.') {
            break;
          }
          at++;
        }
      }
      if (k == 3 && !(at + 1 < n && text.charAt(at) == '.' && Character.isDigit(text.charAt(at + 1)))) {
        try {
          return LocalDate.of(2000 + parts[2], parts[1], parts[0]);
        } catch (java.time.DateTimeException e) {
          // not a calendar date: look further
        }
      }
      i = Math.max(i + 1, at);
    }
    return null;
  }
}
