package io.github.lede.extract.people;

import io.github.lede.model.ArticleField;
import io.github.lede.text.Tokens;

/**
 * A run of capitalised words that may name a person, after its title has been taken off: the tokens of the
 * name itself [{@code from}, {@code to}), the title or role seen with it, and the verdict of the first pass.
 */
final class Candidate extends NameSpan {
  enum Verdict { PERSON, NOT_PERSON, UNDECIDED }

  final ArticleField field;
  final int index;
  final String role;
  final Verdict verdict;
  /** The step that gave the verdict, or that joined the run to a person: "title-or-role", "named-elsewhere". */
  final String reason;

  Candidate(ArticleField field, int index, Tokens tokens, int from, int to, String role, Verdict verdict,
      String reason) {
    super(tokens, from, to);
    this.field = field;
    this.index = index;
    this.role = role;
    this.verdict = verdict;
    this.reason = reason;
  }

  /** The same run with another verdict, for another reason. */
  Candidate withVerdict(Verdict v, String why) {
    return new Candidate(field, index, tokens, from, to, role, v, why);
  }

  /** The name as written in the text. */
  String text() {
    return tokens.text().substring(start(), end());
  }

  /** The keys of the name's words joined by spaces: "vladimir putin". */
  String key() {
    return keys(tokens, from, to);
  }

  /** The keys of tokens [from, to) joined by spaces. */
  static String keys(Tokens tokens, int from, int to) {
    if (to - from == 1) {
      return tokens.key(from);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(tokens.key(i));
    }
    return sb.toString();
  }
}
