package io.github.lede.extract.people;

import io.github.lede.text.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the whole article says about each word that stands in a run: how often it is written capitalised
 * inside a sentence and in lower case, whether the rules made it part of a person, and, after the tagger's
 * first pass, how often that pass tagged it as each part of a name. Counts include the word's own
 * occurrence; {@link NameFeatures} takes that out to ask about the others.
 */
final class ArticleEvidence {
  static final int CAPITALISED = 0;
  static final int LOWER = 1;
  /** A word of a person the rules found; {@code RULE_SURNAME}: the last word of their fullest name. */
  static final int RULE_WORD = 2;
  static final int RULE_SURNAME = 3;
  /** A word of a longer run the rules judged no person ("Chrysler" of "Chrysler Corp"). */
  static final int RULE_NOT_PERSON = 4;
  /** A word of a run that names a firm by its ending ("Harris Upham and Co", "Alex. Brown and Sons Inc"). */
  static final int FIRM = 5;
  /** First-pass tag counts start here, one slot per BILOU tag. */
  static final int FIRST_PASS = 6;
  private static final int SLOTS = FIRST_PASS + 5;

  /** Keyed by the tokens' own key strings (one per distinct word of a field). */
  private final Map<String, int[]> byKey = new HashMap<>();

  ArticleEvidence(List<NameRuns> fields, List<PersonGroup> ruleGroups) {
    for (NameRuns f : fields) {
      for (int r = 0; r < f.runCount; r++) {
        for (int t = f.runFrom(r); t < f.runTo(r); t++) {
          byKey.computeIfAbsent(f.tokens.key(t), k -> new int[SLOTS]);
        }
      }
    }
    for (NameRuns f : fields) {
      Tokens tokens = f.tokens;
      for (int t = 0; t < tokens.size(); t++) {
        int[] c = tokens.isWord(t) ? byKey.get(tokens.key(t)) : null;
        if (c != null) {
          if (!tokens.capitalised(t)) {
            c[LOWER]++;
          } else if (!tokens.leading(t) && !tokens.inCapsLine(t)) {
            c[CAPITALISED]++;
          }
        }
      }
    }
    for (NameRuns f : fields) {
      for (Candidate c : f.candidates) {
        if (c.verdict == Candidate.Verdict.NOT_PERSON && c.size() > 1) {
          for (int t = c.from; t < c.to; t++) {
            byKey.get(c.tokens.key(t))[RULE_NOT_PERSON] = 1;
          }
        }
      }
    }
    for (NameRuns f : fields) {
      for (int r = 0; r < f.runCount; r++) {
        if (Firms.endingAfter(f.tokens, f.runTo(r)) || Firms.endsInSuffix(f.tokens, f.runFrom(r), f.runTo(r))) {
          for (int t = f.runFrom(r); t < f.runTo(r); t++) {
            byKey.get(f.tokens.key(t))[FIRM] = 1;
          }
        }
      }
    }
    for (PersonGroup g : ruleGroups) {
      for (String w : g.words()) {
        int[] c = byKey.get(w);
        if (c != null) {
          c[RULE_WORD] = 1;
        }
      }
      Candidate canonical = g.canonical();
      int[] last = byKey.get(canonical.tokens.key(canonical.last()));
      if (last != null && canonical.size() > 1) {
        last[RULE_SURNAME] = 1;
      }
    }
  }

  /** Counts the first pass's tags of every run token (afresh, when called again). */
  void addFirstPass(List<NameRuns> fields) {
    for (int[] c : byKey.values()) {
      java.util.Arrays.fill(c, FIRST_PASS, SLOTS, 0);
    }
    for (NameRuns f : fields) {
      for (int r = 0; r < f.runCount; r++) {
        for (int t = f.runFrom(r); t < f.runTo(r); t++) {
          byKey.get(f.tokens.key(t))[FIRST_PASS + f.firstPass[t]]++;
        }
      }
    }
  }

  /** Whether every word of tokens [from, to) stands, somewhere in the article, in a firm's name. */
  boolean firm(Tokens tokens, int from, int to) {
    for (int t = from; t < to; t++) {
      int[] c = byKey.get(tokens.key(t));
      if (c == null || c[FIRM] == 0) {
        return false;
      }
    }
    return true;
  }

  /** The counts of a run token's key. */
  int[] of(String key) {
    return byKey.get(key);
  }
}
