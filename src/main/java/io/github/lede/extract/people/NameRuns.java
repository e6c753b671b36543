package io.github.lede.extract.people;

import io.github.lede.extract.people.tagger.Bilou;
import io.github.lede.model.ArticleField;
import io.github.lede.text.Tokens;
import java.util.Collection;
import java.util.List;

/**
 * One field read for the tagger: its tokens (the article's own, {@link io.github.lede.text.ArticleTokens}),
 * the runs of capitalised words (with their particles) that may hold a name, and, per token, what the rules
 * said about it and what the tagger's passes tagged it. Only tokens inside runs can be part of a name; all
 * others are outside by construction, so the tagger decodes each run alone.
 */
final class NameRuns {
  /** Verdict codes of the rules per token: outside any run, in a run but taken off as a title or opener. */
  static final int OUTSIDE = 0;
  static final int STRIPPED = 1;

  final ArticleField field;
  final int index;
  final Tokens tokens;
  /** The rules' first-pass candidates of this field. */
  final List<Candidate> candidates;
  /** Runs as [from, to) pairs of token indexes. */
  final int[] runs;
  final int runCount;
  /** Per token: the rules' first-pass verdict and place in the candidate, see {@link #verdictCode}. */
  final byte[] ruleVerdict;
  /** Per token: the BILOU tag of the rules' final mentions (after the article-wide pass). */
  final byte[] ruleMention;
  /** Per token: the tagger's first-pass tag, once it has run. */
  final byte[] firstPass;
  /** Per token: the final tag. */
  final byte[] tags;
  /** Token facts computed on demand by {@link NameFeatures}. */
  final NameFeatures.TokenFacts facts;

  NameRuns(ArticleField field, int index, Tokens tokens, List<Candidate> candidates) {
    this.field = field;
    this.index = index;
    this.tokens = tokens;
    this.candidates = candidates;
    int n = tokens.size();
    this.ruleVerdict = new byte[n];
    this.ruleMention = new byte[n];
    this.firstPass = new byte[n];
    this.tags = new byte[n];
    this.facts = new NameFeatures.TokenFacts(n);
    int[] found = new int[8];
    int count = 0;
    int i = 0;
    while (i < n) {
      if (!NameFinder.startsRun(tokens, i)) {
        i++;
        continue;
      }
      int from = NameFinder.particlesBefore(tokens, i);
      int to = NameFinder.runEnd(tokens, i);
      if (2 * count + 2 > found.length) {
        found = java.util.Arrays.copyOf(found, found.length * 2);
      }
      found[2 * count] = from;
      found[2 * count + 1] = to;
      count++;
      for (int t = from; t < to; t++) {
        ruleVerdict[t] = STRIPPED;
      }
      i = to;
    }
    this.runs = found;
    this.runCount = count;
    for (Candidate c : candidates) {
      for (int t = c.from; t < c.to; t++) {
        ruleVerdict[t] = (byte) verdictCode(c, t);
      }
    }
  }

  int runFrom(int r) {
    return runs[2 * r];
  }

  int runTo(int r) {
    return runs[2 * r + 1];
  }

  /** 2 + verdict * 4 + place in the candidate (B, I, L, U as 0..3), plus 16 when the rules saw a title. */
  private static int verdictCode(Candidate c, int t) {
    int place = c.size() == 1 ? 3 : t == c.from ? 0 : t == c.to - 1 ? 2 : 1;
    return 2 + c.verdict.ordinal() * 4 + place + (c.role != null ? 16 : 0);
  }

  /** Marks the rules' final mentions of this field. */
  void markRuleMentions(Collection<Candidate> mentions) {
    for (Candidate c : mentions) {
      if (c.tokens == tokens) {
        mark(ruleMention, c.from, c.to);
      }
    }
  }

  static void mark(byte[] tags, int from, int to) {
    if (to - from == 1) {
      tags[from] = Bilou.U;
      return;
    }
    tags[from] = Bilou.B;
    for (int t = from + 1; t < to - 1; t++) {
      tags[t] = Bilou.I;
    }
    tags[to - 1] = Bilou.L;
  }
}
