package io.github.lede.ingest.html;

/**
 * A publication date written into an article's address, as many sites do: {@code /2024/06/19/},
 * {@code /2024-06-19/}, {@code /19-06-2024}. Only a whole year-month-day path part counts; a bare year or
 * month says too little.
 */
final class UrlDates {
  private UrlDates() {}

  /** The date as {@code YYYY-MM-DD}, or null. */
  static String find(String url) {
    int n = url.length();
    for (int i = 0; i + 10 <= n; i++) {
      if (i > 0 && Character.isDigit(url.charAt(i - 1))) {
        continue;
      }
      if (!digits(url, i, 4)) {
        continue;
      }
      char sep = url.charAt(i + 4);
      if ((sep == '/' || sep == '-' || sep == '_') && digits(url, i + 5, 2) && i + 10 <= n
          && url.charAt(i + 7) == sep && digits(url, i + 8, 2) && (i + 10 == n || !Character.isDigit(url.charAt(i + 10)))) {
        int y = Integer.parseInt(url, i, i + 4, 10);
        int m = Integer.parseInt(url, i + 5, i + 7, 10);
        int d = Integer.parseInt(url, i + 8, i + 10, 10);
        if (y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
          return String.format("%04d-%02d-%02d", y, m, d);
        }
      }
    }
    return dayFirst(url);
  }

  /**
   * A day-month-year path part ({@code /29-10-2021}), as European sites write: taken only when the first
   * number is past 12, so that it cannot be an American month-day-year.
   */
  private static String dayFirst(String url) {
    int n = url.length();
    for (int i = 0; i + 10 <= n; i++) {
      if (i > 0 && Character.isLetterOrDigit(url.charAt(i - 1)) || !digits(url, i, 2)) {
        continue;
      }
      char sep = url.charAt(i + 2);
      if ((sep == '-' || sep == '_' || sep == '.') && digits(url, i + 3, 2) && url.charAt(i + 5) == sep
          && digits(url, i + 6, 4) && (i + 10 == n || !Character.isLetterOrDigit(url.charAt(i + 10)))) {
        int d = Integer.parseInt(url, i, i + 2, 10);
        int m = Integer.parseInt(url, i + 3, i + 5, 10);
        int y = Integer.parseInt(url, i + 6, i + 10, 10);
        if (d > 12 && d <= 31 && m >= 1 && m <= 12 && y >= 1990 && y <= 2100) {
          return String.format("%04d-%02d-%02d", y, m, d);
        }
      }
    }
    return null;
  }

  private static boolean digits(String s, int at, int count) {
    if (at + count > s.length()) {
      return false;
    }
    for (int k = at; k < at + count; k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
