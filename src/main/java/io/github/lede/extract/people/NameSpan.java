package io.github.lede.extract.people;

import io.github.lede.text.Tokens;

/**
 * Tokens {@code [from, to)} of a field that may be a name: what a rule judges ({@link PersonRule.Run}) and what
 * the grouping joins ({@link Candidate}) both are one.
 */
abstract class NameSpan {
  /** The field's tokens, holding its text. */
  final Tokens tokens;
  final int from;
  final int to;

  NameSpan(Tokens tokens, int from, int to) {
    this.tokens = tokens;
    this.from = from;
    this.to = to;
  }

  int size() {
    return to - from;
  }

  /** The first token of the name. */
  int first() {
    return from;
  }

  /** The last token of the name. */
  int last() {
    return to - 1;
  }

  /** Where the name starts in the text. */
  int start() {
    return tokens.start(from);
  }

  /** Where the name ends in the text. */
  int end() {
    return tokens.end(to - 1);
  }
}
