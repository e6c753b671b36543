package io.github.lede.extract;

import java.util.List;

/**
 * Rows of a table written as text, cells between spaced bars ("Brindle Lane | 42 | £38"), as the HTML stage
 * writes a table's rows and some sites print them. A row alone looks like a breadcrumb ("News | Politics"),
 * but a breadcrumb stands alone and names sections, while a table's rows come in runs of the same width and
 * hold figures. A unit is a row when a unit beside it has as many cells and one of the two has a cell that
 * is a figure.
 */
final class TableLines {
  private TableLines() {}

  /** Which units are rows of a table. */
  static boolean[] mark(List<Layout.Unit> units) {
    int n = units.size();
    int[] cells = new int[n];
    boolean[] figures = new boolean[n];
    for (int i = 0; i < n; i++) {
      String t = units.get(i).text();
      cells[i] = cells(t);
      figures[i] = cells[i] > 1 && hasFigureCell(t);
    }
    boolean[] row = new boolean[n];
    for (int i = 0; i + 1 < n; i++) {
      if (cells[i] > 1 && cells[i] == cells[i + 1] && (figures[i] || figures[i + 1])) {
        row[i] = true;
        row[i + 1] = true;
      }
    }
    return row;
  }

  /** The number of cells: one more than the spaced bars between them, or 1 without any. */
  static int cells(String line) {
    int n = 1;
    for (int at = line.indexOf(" | "); at >= 0; at = line.indexOf(" | ", at + 3)) {
      n++;
    }
    return n;
  }

  /** Whether a cell is a figure: digits, perhaps with a currency sign, a unit, a sign or a stop. */
  private static boolean hasFigureCell(String line) {
    int start = 0;
    while (start <= line.length()) {
      int end = line.indexOf(" | ", start);
      if (end < 0) {
        end = line.length();
      }
      if (isFigure(line, start, end)) {
        return true;
      }
      start = end + 3;
    }
    return false;
  }

  /** Mostly digits: "42", "£38", "12.5%", "-3", "1,204", "3:1". A year in a heading's words is not. */
  private static boolean isFigure(String s, int start, int end) {
    int digits = 0;
    int letters = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        digits++;
      } else if (Character.isLetter(c)) {
        letters++;
      }
    }
    return digits > 0 && letters <= 2;
  }
}
