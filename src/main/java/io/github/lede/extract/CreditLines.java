package io.github.lede.extract;

import java.util.List;

/**
 * Recognises the credit lines wire and web stories end with: "With reports from Reuters", "With files from
 * The Canadian Press", "(Reporting by X in Seoul; Editing by Y)", "Additional reporting by ...",
 * "Contributing: ...", "X contributed to this report."
 */
final class CreditLines {
  private static final List<String> STARTS = List.of(
      "with reports from", "with reporting from", "with reporting by", "with files from", "with additional reporting",
      "reporting by", "reported by", "additional reporting", "writing by", "written by", "editing by", "edited by",
      "compiled by", "contributing:", "contributing reporters", "contributors:", "additional contributions",
      "research by", "graphics by", "produced by", "translated by", "translation by", "sources:");

  private CreditLines() {}

  static boolean isCreditLine(String line) {
    if (Text.moreWordsThan(line, 45)) {
      return false;
    }
    String s = stripWrapping(line);
    for (String start : STARTS) {
      if (Text.startsWithIgnoreCase(s, start)) {
        return true;
      }
    }
    String l = Text.lower(line);
    return l.contains("contributed to this report") || l.contains("contributed reporting")
        || l.contains("contributed to this story");
  }

  /** Drops brackets and dashes around a credit line: "(Reporting by ...)", "— With files from ...". */
  private static String stripWrapping(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == '(' || line.charAt(i) == '[' || line.charAt(i) == '-'
        || line.charAt(i) == '—' || line.charAt(i) == '–' || line.charAt(i) == ' ' || line.charAt(i) == '*')) {
      i++;
    }
    return line.substring(i);
  }

  /** The credit without the brackets around the whole line: "(Reporting by X)" becomes "Reporting by X". */
  static String unwrap(String line) {
    String s = line.strip();
    if (s.length() > 2 && (s.charAt(0) == '(' && s.endsWith(")") || s.charAt(0) == '[' && s.endsWith("]"))) {
      return s.substring(1, s.length() - 1).strip();
    }
    return s;
  }
}
