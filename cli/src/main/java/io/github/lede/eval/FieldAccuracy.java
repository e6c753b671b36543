package io.github.lede.eval;

import java.util.Locale;

/** The share of pages, among those with a gold value, whose extracted value matches it. */
public final class FieldAccuracy {
  private int correct;
  private int total;

  void count(boolean match) {
    total++;
    if (match) {
      correct++;
    }
  }

  public int correct() {
    return correct;
  }

  public int total() {
    return total;
  }

  public double accuracy() {
    return total == 0 ? 0 : (double) correct / total;
  }

  /** Lower case with runs of white space made one space and the ends trimmed. */
  static String fold(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Folded, with the separators between several names made one: "A; B", "A, B" and "A and B" compare
   * equal, since the gold data and lede list authors in different ways.
   */
  static String foldNames(String s) {
    String f = fold(s);
    StringBuilder sb = new StringBuilder(f.length());
    for (String part : f.replace(" and ", ";").replace(" und ", ";").replace(" & ", ";").replace(',', ';')
        .split(";")) {
      String p = part.strip();
      if (!p.isEmpty()) {
        if (sb.length() > 0) {
          sb.append(';');
        }
        sb.append(p);
      }
    }
    return sb.toString();
  }
}
