package io.github.lede.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The plain words of a query string and the field each searches, found by reading lede's query syntax
 * lightly: field prefixes ({@code headline:}, {@code title:(a b)}), phrases, operators, ranges, boosts.
 * Words with wildcards, escapes or a fuzzy mark, and ranges, are the user's deliberate choice: they are left
 * out, so a correction never touches them. Linear in the query's length. What the parser would refuse is
 * not read here: a query that failed to parse never reaches a suggestion.
 */
final class QueryWords {
  /**
   * A word, or a phrase's text, at {@code [start, end)} of the query.
   *
   * @param field the field name as written before it, or null for the default fields
   */
  record Word(int start, int end, String field) {}

  private QueryWords() {}

  static List<Word> of(String q) {
    List<Word> out = new ArrayList<>();
    // The field of each open parenthesis group: title:(a b) searches both words in the headline.
    Deque<String> groups = new ArrayDeque<>();
    String pending = null;
    int n = q.length();
    int i = 0;
    while (i < n) {
      char c = q.charAt(i);
      if (Character.isWhitespace(c) || c == '+' || c == '-' || c == '!') {
        i++;
      } else if (c == '(') {
        groups.push(pending != null ? pending : groups.isEmpty() ? "" : groups.peek());
        pending = null;
        i++;
      } else if (c == ')') {
        groups.poll();
        i = suffix(q, i + 1);
      } else if (c == '[' || c == '{') {
        i = suffix(q, closing(q, i + 1, c == '[' ? ']' : '}'));
        pending = null;
      } else if (c == '"') {
        int end = closing(q, i + 1, '"');
        out.add(new Word(i + 1, Math.min(end - 1, n), field(pending, groups)));
        pending = null;
        i = suffix(q, end);
      } else {
        int j = i;
        boolean escaped = false;
        while (j < n && !Character.isWhitespace(q.charAt(j)) && "()\"[]{}^~:".indexOf(q.charAt(j)) < 0) {
          escaped |= q.charAt(j) == '\\';
          j += q.charAt(j) == '\\' ? 2 : 1;
        }
        j = Math.min(j, n);
        if (j == i) {
          // a stray ^, ~, ] or } (the parser refuses them): step over it
          i++;
          continue;
        }
        if (j < n && q.charAt(j) == ':') {
          pending = q.substring(i, j);
          i = j + 1;
          continue;
        }
        String word = q.substring(i, j);
        boolean fuzzy = j < n && q.charAt(j) == '~';
        if (!escaped && !fuzzy && !isOperator(word) && word.indexOf('*') < 0 && word.indexOf('?') < 0) {
          out.add(new Word(i, j, field(pending, groups)));
        }
        pending = null;
        i = suffix(q, j);
      }
    }
    return out;
  }

  private static String field(String pending, Deque<String> groups) {
    String f = pending != null ? pending : groups.isEmpty() ? "" : groups.peek();
    return f.isEmpty() ? null : f;
  }

  private static boolean isOperator(String w) {
    return w.equals("AND") || w.equals("OR") || w.equals("NOT") || w.equals("&&") || w.equals("||");
  }

  /** Past a closing character (escapes skipped), or the end of the query. */
  private static int closing(String q, int from, char close) {
    for (int i = from; i < q.length(); i++) {
      if (q.charAt(i) == '\\') {
        i++;
      } else if (q.charAt(i) == close) {
        return i + 1;
      }
    }
    return q.length();
  }

  /** Past a boost or slop ({@code ^2}, {@code ~3}) after a clause. */
  private static int suffix(String q, int i) {
    while (i < q.length() && (q.charAt(i) == '^' || q.charAt(i) == '~')) {
      i++;
      while (i < q.length() && (Character.isDigit(q.charAt(i)) || q.charAt(i) == '.')) {
        i++;
      }
    }
    return i;
  }
}
