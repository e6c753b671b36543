package io.github.lede.extract.people;

import io.github.lede.extract.people.Candidate.Verdict;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The verdict on a span the tagger tagged as a name, as named steps tried in this order: a few of the rules'
 * decisions stand over the tagger's, and where none does, the tagger decides ({@link #TAGGER}). Each step's
 * worth was measured on the held-back slice of CoNLL's train split (see the README's People section). The
 * reason a mention keeps is the step and what the rules' own first pass said of the same words: "tagger
 * (rules: given-name-first)", "tagger overruled: firm-named-by-ending (rules: no-evidence)".
 */
enum TaggerStep {
  /** Longer than any name ({@link NameFinder#MAX_NAME_WORDS}, {@link NameFinder#MAX_NAME_CHARS}). */
  TOO_LONG(Verdict.UNDECIDED) {
    @Override
    boolean holds(Span s) {
      return s.to - s.from > NameFinder.MAX_NAME_WORDS
          || s.f.tokens.end(s.to - 1) - s.f.tokens.start(s.from) > NameFinder.MAX_NAME_CHARS;
    }
  },
  /** "Reuters": a name lede's lists hold as an organisation or agency; the training data never taught those. */
  ORGANISATION_LIST(Verdict.NOT_PERSON) {
    @Override
    boolean holds(Span s) {
      return Gazetteer.get().organisations.contains(Candidate.keys(s.f.tokens, s.from, s.to));
    }
  },
  /** "Smith Barney, Harris Upham and Co": a firm named after people, known by its ending here or elsewhere. */
  FIRM_NAMED_BY_ENDING(Verdict.NOT_PERSON) {
    @Override
    boolean holds(Span s) {
      return s.evidence.firm(s.f.tokens, s.from, s.to);
    }
  },
  /** "Bonds are all right": a lone word that merely opens a sentence. */
  SENTENCE_OPENER(Verdict.NOT_PERSON) {
    @Override
    boolean holds(Span s) {
      return TaggedMentions.isOpener(s.f, s.from, s.to);
    }
  },
  /** The rules' firm "no" on the very same words: an organisation's or a place's name. */
  RULES_SAY_NOT_A_PERSON(Verdict.NOT_PERSON) {
    @Override
    boolean holds(Span s) {
      return s.vetoed;
    }
  },
  /** "KOHL" in a wire headline: in a line of capitals case says nothing; a person only if named elsewhere. */
  CAPS_LINE(Verdict.UNDECIDED) {
    @Override
    boolean holds(Span s) {
      return s.f.tokens.inCapsLine(s.from);
    }
  },
  /** "near Al Suwaiq": places follow "in" and "near"; without a title, a person only if named elsewhere. */
  AFTER_LOCATIVE(Verdict.UNDECIDED) {
    @Override
    boolean holds(Span s) {
      return NameContext.locativeBefore(s.f.tokens, s.from) && (s.rule == null || s.rule.role == null);
    }
  },
  /** The tagger's own verdict: a person. */
  TAGGER(Verdict.PERSON) {
    @Override
    boolean holds(Span s) {
      return true;
    }
  };

  private static final TaggerStep[] ORDER = values();

  final Verdict verdict;
  /** Labels by what the rules said, made once each: every mention keeps one. */
  private final Map<String, String> labels = new ConcurrentHashMap<>();

  TaggerStep(Verdict verdict) {
    this.verdict = verdict;
  }

  abstract boolean holds(Span s);

  /** The first step that holds; {@link #TAGGER} holds for every span. */
  static TaggerStep decide(ArticleEvidence evidence, NameRuns f, int from, int to, Candidate rule,
      boolean vetoed) {
    Span s = new Span(evidence, f, from, to, rule, vetoed);
    for (TaggerStep step : ORDER) {
      if (step.holds(s)) {
        return step;
      }
    }
    throw new AssertionError("TAGGER holds for every span");
  }

  /** "tagger (rules: title-or-role)", or "tagger overruled: caps-line (rules: none)". */
  String label(Candidate rule) {
    String rules = rule == null ? "none" : rule.reason;
    return labels.computeIfAbsent(rules, r -> (this == TAGGER ? "tagger"
        : "tagger overruled: " + name().toLowerCase(Locale.ROOT).replace('_', '-')) + " (rules: " + r + ")");
  }

  /** A tagged span [from, to) of a field, the rules' candidate starting where it starts, and their veto. */
  record Span(ArticleEvidence evidence, NameRuns f, int from, int to, Candidate rule, boolean vetoed) {}
}
