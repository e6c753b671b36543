package io.github.lede.ingest.html;

import org.jsoup.nodes.Element;

/**
 * Tables of data are read a row at a time: a row's cells are one block, joined by a separator, as a reader
 * reads across. Cut into cells, a table's short cells ("3", "Berlin") looked like labels and fell out, and a
 * page that is one table scored below its own navigation. A table used for layout (cells holding paragraphs,
 * lists or other tables) still has every cell as blocks of its own.
 */
final class TableRows {
  /** Written between the cells of a row. */
  static final String CELL_SEPARATOR = "| ";
  /** Most cells in a row read whole: wider rows are layout grids. */
  private static final int MAX_CELLS = 16;

  private TableRows() {}

  /** Whether a {@code <tr>}'s cells hold only inline content: a row of data, not a layout grid. */
  static boolean isDataRow(Element tr) {
    int cells = 0;
    for (Element cell : tr.children()) {
      String tag = cell.normalName();
      if (!tag.equals("td") && !tag.equals("th")) {
        continue;
      }
      if (++cells > MAX_CELLS) {
        return false;
      }
      for (Element inner : cell.children()) {
        if (Blocks.BLOCK_TAGS.contains(inner.normalName())) {
          return false;
        }
      }
    }
    return cells > 0;
  }

  /** Ends the text of the cells read so far with a separator, unless there is none yet or it has one. */
  static void separate(StringBuilder row) {
    int n = row.length();
    if (n == 0 || n >= 2 && row.charAt(n - 2) == '|' && row.charAt(n - 1) == ' ') {
      return;
    }
    if (row.charAt(n - 1) != ' ') {
      row.append(' ');
    }
    row.append(CELL_SEPARATOR);
  }
}
