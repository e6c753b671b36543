package io.github.lede.extract.people;

import io.github.lede.model.ArticleField;

/**
 * A run of capitalised words that may name a person, after its title has been taken off: the tokens of the
 * name itself [{@code from}, {@code to}), the title or role seen with it, and the verdict of the first pass.
 */
final class Candidate {
  enum Verdict { PERSON, NOT_PERSON, UNDECIDED }

  final ArticleField field;
  final int index;
  /** The field's text, which the token offsets point into. */
  final String source;
  final java.util.List<Token> tokens;
  final int from;
  final int to;
  final String role;
  final Verdict verdict;

  Candidate(ArticleField field, int index, String source, java.util.List<Token> tokens, int from, int to,
      String role, Verdict verdict) {
    this.field = field;
    this.index = index;
    this.source = source;
    this.tokens = tokens;
    this.from = from;
    this.to = to;
    this.role = role;
    this.verdict = verdict;
  }

  /** The same run with another verdict. */
  Candidate withVerdict(Verdict v) {
    return new Candidate(field, index, source, tokens, from, to, role, v);
  }

  int size() {
    return to - from;
  }

  Token first() {
    return tokens.get(from);
  }

  Token last() {
    return tokens.get(to - 1);
  }

  int start() {
    return first().start;
  }

  int end() {
    return last().end;
  }

  /** The name as written in the text. */
  String text() {
    return source.substring(start(), end());
  }

  /** The keys of the name's words joined by spaces: "vladimir putin". */
  String key() {
    return keys(tokens, from, to);
  }

  /** The keys of tokens [from, to) joined by spaces. */
  static String keys(java.util.List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(tokens.get(i).key);
    }
    return sb.toString();
  }
}
