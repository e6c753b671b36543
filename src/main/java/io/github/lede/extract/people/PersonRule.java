package io.github.lede.extract.people;

import io.github.lede.extract.people.Candidate.Verdict;
import io.github.lede.text.Tokens;
import io.github.lede.text.WordList;

/**
 * The person verdict on a run of capitalised words, as named steps tried in this order (the order is the
 * declaration order); the first step that holds decides, and its name is kept with the run, so "why is X a
 * person here?" has one answer: the step. Evidence against comes first (organisations, places, acronyms,
 * what stands before the run), then the strong evidence for (a title, an age, a results line), then the
 * evidence of the words themselves. A run no step decides stays undecided for the article-wide pass, which
 * joins it to a person named in full elsewhere.
 *
 * <p>Each step reads only the {@link Run} it is given, so each can be tested on its own ({@link #holds}).
 */
enum PersonRule {
  /** "Stimson Centre": a name in the organisations lists. */
  ORGANISATION_LIST(Verdict.NOT_PERSON) {
    @Override
    boolean holds(Run r) {
      return G.organisations.contains(r.whole());
    }
  },
  /** "Norvale Inc", "Carrow Centre": an organisation word last (a Korean family name alone excepted). */
  ORGANISATION_WORD_LAST(Verdict.NOT_PERSON) {
    @Override
    boolean holds(Run r) {
      boolean asianAlone = r.size() == 1 && G.asianFamily.contains(r.key(r.first()));
      return r.in(r.last(), WordList.ORGANISATION_WORDS) && !asianAlone;
    }
  },
  /** "Roman Catholic", "Bosnian Serb Republican": an adjective of faith, party or region last. */
  GROUP_ADJECTIVE_LAST(Verdict.NOT_PERSON) {
    @Override
    boolean holds(Run r) {
      return r.in(r.last(), WordList.GROUP_ADJECTIVES);
    }
  },
  /** "Major League Baseball": an organisation word inside the run. */
  ORGANISATION_WORD_INSIDE(Verdict.NOT_PERSON) {
    @Override
    boolean holds(Run r) {
      return r.size() >= 2 && NameEvidence.organisationWordInside(r.tokens, r.from, r.to);
    }
  },
  /** "San Diego", "North Korea": the first word of a place name, without an honorific. */
  PLACE_NAME_START(Verdict.NOT_PERSON) {
    @Override
    boolean holds(Run r) {
      return r.size() >= 2 && r.in(r.first(), WordList.PLACE_STARTS) && !r.honorific;
    }
  },
  /** "S. Korea": a compass point abbreviated before a place. */
  COMPASS_AND_PLACE(Verdict.NOT_PERSON) {
    @Override
    boolean holds(Run r) {
      return r.size() == 2 && NameEvidence.isCompassInitial(r.tokens, r.first()) && G.isPlace(r.key(r.last()));
    }
  },
  /** "The PUK said": one word in capitals amid mixed-case text is an acronym. */
  ACRONYM(Verdict.NOT_PERSON) {
    @Override
    boolean holds(Run r) {
      return r.size() == 1 && r.tokens.upper(r.first()) && !r.tokens.inCapsLine(r.first()) && !r.honorific;
    }
  },
  /** "Sao Paulo", "Sri Lanka": a whole run of several words that names a place. */
  PLACE_LIST(Verdict.NOT_PERSON) {
    @Override
    boolean holds(Run r) {
      return r.size() > 1 && !r.honorific && G.isPlace(r.whole());
    }
  },
  /** "Russian", "Monday", "Christmas": one word that is a demonym, a calendar word or never a name. */
  NEVER_A_NAME(Verdict.NOT_PERSON) {
    @Override
    boolean holds(Run r) {
      return r.size() == 1 && (G.demonyms.contains(r.key(r.first()))
          || r.tokens.inAny(r.first(), NameFinder.NEVER_NAME));
    }
  },
  /** "a farmer in Ben Tre", "near Al Suwaiq": places follow these; a person so placed is found elsewhere. */
  AFTER_LOCATIVE(Verdict.UNDECIDED) {
    @Override
    boolean holds(Run r) {
      return !r.titled && NameContext.locativeBefore(r.tokens, r.runFrom);
    }
  },
  /** "Van der Meulen Baggerwerken": a surname with its particles and more: a firm named after someone. */
  FIRM_NAMED_AFTER_SOMEONE(Verdict.NOT_PERSON) {
    @Override
    boolean holds(Run r) {
      return NameContext.particleOpensCompany(r.tokens, r.from, r.to);
    }
  },
  /** "Council on Foreign Relations": the rest of an organisation's name after "of", "for", "on". */
  REST_OF_ORGANISATION_NAME(Verdict.NOT_PERSON) {
    @Override
    boolean holds(Run r) {
      return !r.honorific && NameContext.namePartOfOrganisation(r.tokens, r.runFrom);
    }
  },
  /** "the White House", "the Clinton administration": after "the", a person only if named elsewhere. */
  AFTER_THE(Verdict.UNDECIDED) {
    @Override
    boolean holds(Run r) {
      return !r.titled && NameContext.precededByThe(r.tokens, r.runFrom);
    }
  },
  /**
   * Longer than any name ({@link NameFinder#MAX_NAME_WORDS} words, {@link NameFinder#MAX_NAME_CHARS}
   * characters): read only for people named elsewhere.
   */
  TOO_LONG(Verdict.UNDECIDED) {
    @Override
    boolean holds(Run r) {
      return r.size() > NameFinder.MAX_NAME_WORDS
          || r.tokens.end(r.last()) - r.tokens.start(r.first()) > NameFinder.MAX_NAME_CHARS;
    }
  },
  /** "SHEARER NAMED ENGLAND CAPTAIN": in a line of capitals, a listed given name and family name together. */
  CAPS_LINE_FULL_NAME(Verdict.PERSON) {
    @Override
    boolean holds(Run r) {
      String first = r.key(r.first());
      return r.tokens.inCapsLine(r.first()) && r.size() >= 2 && G.isGiven(first) && G.isFamily(r.key(r.last()))
          && !G.common.contains(first);
    }
  },
  /** In a line of capitals case says nothing: anything else there waits for a mention elsewhere. */
  CAPS_LINE(Verdict.UNDECIDED) {
    @Override
    boolean holds(Run r) {
      return r.tokens.inCapsLine(r.first());
    }
  },
  /** "President Vladimir Putin", "analyst Jane Doe": a title or role before the name. */
  TITLE_OR_ROLE(Verdict.PERSON) {
    @Override
    boolean holds(Run r) {
      return r.titled;
    }
  },
  /** "Lennart Meri, 67, has ...": an age between commas. */
  AGE_AFTER(Verdict.PERSON) {
    @Override
    boolean holds(Run r) {
      return NameContext.ageAfter(r.tokens, r.to);
    }
  },
  /** "c Cork b Croft", "Croft 17-3-42-1", "Jiri Novak (Czech Republic)": a results line that names players. */
  RESULTS_LINE(Verdict.PERSON) {
    @Override
    boolean holds(Run r) {
      return SportsLines.namesPlayer(r.tokens, r.runFrom, r.to);
    }
  },
  /** "Sue Mi Terry": a listed given name first, unless the run reads as ordinary words or a place. */
  GIVEN_NAME_FIRST(Verdict.PERSON) {
    @Override
    boolean holds(Run r) {
      if (r.size() < 2) {
        return false;
      }
      Tokens t = r.tokens;
      int first = r.first();
      int last = r.last();
      // A given name that is also a place ("Sydney", "Paris") opens a person's name only before a family
      // name; "Marine Research", "Sydney Bulldogs": a given name before an ordinary word is no person's name.
      return NameEvidence.isGiven(t, first) && !(t.leading(first) && G.common.contains(r.key(first)))
          && !(NameEvidence.isOrdinaryWord(t, last) && !NameEvidence.isFamily(t, last)
          && (NameEvidence.isOrdinaryWord(t, first) || G.isPlace(r.key(first))));
    }
  },
  /** "Kim Jong Un", "Yoon Suk Yeol": an Asian family name first. */
  ASIAN_FAMILY_FIRST(Verdict.PERSON) {
    @Override
    boolean holds(Run r) {
      return r.size() >= 2 && G.asianFamily.contains(r.key(r.first()));
    }
  },
  /** "John F. Kennedy", "O.J. Simpson": an initial among the words. */
  INITIALS(Verdict.PERSON) {
    @Override
    boolean holds(Run r) {
      return r.size() >= 2 && NameEvidence.hasInitial(r.tokens, r.from, r.to);
    }
  },
  /** Every word a name, a particle or hyphenated, the last a family name. */
  ALL_NAME_WORDS(Verdict.PERSON) {
    @Override
    boolean holds(Run r) {
      return r.size() >= 2 && NameEvidence.allNameWords(r.tokens, r.from, r.to)
          && NameEvidence.isFamily(r.tokens, r.last());
    }
  },
  /** "Shimon Peres": a listed family name after a word that is no ordinary word, place or organisation. */
  FAMILY_AFTER_UNKNOWN_WORD(Verdict.PERSON) {
    @Override
    boolean holds(Run r) {
      String first = r.key(r.first());
      return r.size() == 2 && G.isFamily(r.key(r.last())) && !G.common.contains(first) && !G.isPlace(first)
          && !G.organisations.contains(first);
    }
  },
  /** "..., Jenny Town said", "said Jenny Town", "Jenny Town, a senior fellow": speech or a description, no
   * ordinary words. */
  SPEAKS_OR_DESCRIBED(Verdict.PERSON) {
    @Override
    boolean holds(Run r) {
      return r.size() >= 2 && r.context() && NameEvidence.noCommonWords(r.tokens, r.from, r.to);
    }
  },
  /** Several words nothing above decides: a person only if named elsewhere in the article. */
  UNPROVEN_WORDS(Verdict.UNDECIDED) {
    @Override
    boolean holds(Run r) {
      return r.size() >= 2;
    }
  },
  /** "Town said": one word that speaks or is described, a known name and no major place ("Israel said"). */
  KNOWN_NAME_SPEAKS(Verdict.PERSON) {
    @Override
    boolean holds(Run r) {
      int first = r.first();
      String key = r.key(first);
      return r.context() && (G.isName(key) || NameEvidence.isFamily(r.tokens, first))
          && !G.majorPlaces.contains(Gazetteer.fold(key)) && !(r.tokens.leading(first) && G.common.contains(key));
    }
  },
  /** One word and no evidence: a person only if named elsewhere in the article. */
  NO_EVIDENCE(Verdict.UNDECIDED) {
    @Override
    boolean holds(Run r) {
      return true;
    }
  };

  private static final Gazetteer G = Gazetteer.get();
  private static final PersonRule[] ORDER = values();

  /** What the step decides when it holds. */
  final Verdict verdict;
  /** Made once: every run keeps its step's label, and an article may have hundreds of thousands of runs. */
  private final String label;

  PersonRule(Verdict verdict) {
    this.verdict = verdict;
    this.label = name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** Whether this step decides the run. */
  abstract boolean holds(Run r);

  /** The name printed for this step: "title-or-role". */
  String label() {
    return label;
  }

  /** The first step that holds for the run; {@link #NO_EVIDENCE} holds for every run, so there is one. */
  static PersonRule decide(Run r) {
    for (PersonRule rule : ORDER) {
      if (rule.holds(r)) {
        return rule;
      }
    }
    throw new AssertionError("NO_EVIDENCE holds for every run");
  }

  /**
   * A run under judgement: the name's tokens {@code [from, to)}, the first token of the run before its title
   * was taken off ({@code runFrom}), and whether a title or role ({@code titled}) or an honorific was seen.
   */
  static final class Run extends NameSpan {
    final int runFrom;
    final boolean titled;
    final boolean honorific;
    private String whole;
    private int context = -1;

    Run(Tokens tokens, int runFrom, int from, int to, boolean titled, boolean honorific) {
      super(tokens, from, to);
      this.runFrom = runFrom;
      this.titled = titled;
      this.honorific = honorific;
    }

    String key(int t) {
      return tokens.key(t);
    }

    boolean in(int t, WordList list) {
      return tokens.in(t, list);
    }

    /** The keys of the name's words, joined by spaces. */
    String whole() {
      if (whole == null) {
        whole = Candidate.keys(tokens, from, to);
      }
      return whole;
    }

    /** A speech verb after or before the run, or an apposition that describes a person after it. */
    boolean context() {
      if (context < 0) {
        context = NameContext.speechAfter(tokens, to) || NameContext.speechBefore(tokens, runFrom)
            || NameContext.appositionAfter(tokens, to) ? 1 : 0;
      }
      return context == 1;
    }
  }
}
