package io.github.lede.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits article text into units: the paragraphs and lines the line classifiers look at. Scraped text puts
 * each paragraph on its own line; wire copy wraps paragraphs at a fixed width and separates them by blank
 * lines. The first is split at every line; the second is recognised by its many lines of near-equal length
 * and joined back into paragraphs at the blank lines.
 */
final class Layout {
  /** Lines past this length are not hard-wrapped: no terminal wraps that wide. */
  private static final int MAX_WRAP_WIDTH = 100;

  private Layout() {}

  /** A line or paragraph, with the number of the blank-line-separated block it stands in. */
  record Unit(String text, int block) {}

  static List<Unit> units(String text) {
    String[] lines = text.split("\n", -1);
    boolean wrapped = isHardWrapped(lines);
    List<Unit> units = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    int block = 0;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty()) {
        flush(paragraph, units, block);
        block++;
      } else if (wrapped) {
        // A list item starts a paragraph of its own even in wrapped text.
        if (isListItem(line)) {
          flush(paragraph, units, block);
        }
        if (paragraph.length() > 0) {
          paragraph.append(' ');
        }
        paragraph.append(line);
      } else {
        units.add(new Unit(Text.tidy(line), block));
      }
    }
    flush(paragraph, units, block);
    return units;
  }

  private static boolean isListItem(String line) {
    return line.length() > 2 && (line.charAt(0) == '-' || line.charAt(0) == '•' || line.charAt(0) == '*'
        || line.charAt(0) == '–') && line.charAt(1) == ' ';
  }

  private static void flush(StringBuilder paragraph, List<Unit> units, int block) {
    if (paragraph.length() > 0) {
      units.add(new Unit(Text.tidy(paragraph.toString()), block));
      paragraph.setLength(0);
    }
  }

  /**
   * Hard-wrapped text has blocks of several lines whose lengths sit just under a common width. We call the
   * text wrapped when at least 40% of lines that continue onto a next line are within 75% of the widest such
   * line, that width is terminal-like, and most of those lines break in mid-sentence.
   */
  static boolean isHardWrapped(String[] lines) {
    int width = 0;
    int continued = 0;
    for (int i = 0; i + 1 < lines.length; i++) {
      int len = lines[i].strip().length();
      if (len > 0 && !lines[i + 1].isBlank()) {
        continued++;
        width = Math.max(width, len);
      }
    }
    if (continued < 2 || width > MAX_WRAP_WIDTH || width < 40) {
      return false;
    }
    int nearWidth = 0;
    int midSentence = 0;
    for (int i = 0; i + 1 < lines.length; i++) {
      String line = lines[i].strip();
      if (!line.isEmpty() && !lines[i + 1].isBlank() && line.length() >= width * 3 / 4) {
        nearWidth++;
        if (!Text.endsLikeSentence(line)) {
          midSentence++;
        }
      }
    }
    // One paragraph per line also gives lines of similar length, but they end their sentences.
    return nearWidth * 10 >= continued * 4 && midSentence * 2 > nearWidth;
  }
}
