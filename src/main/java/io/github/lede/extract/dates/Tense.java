package io.github.lede.extract.dates;

/**
 * The tense of the verb group a date expression belongs to, read from the words around it without a tagger:
 * "said Friday" and "was killed on Friday" are past, "will meet on Thursday" and "is expected to vote
 * Wednesday" are future.
 *
 * <p>The nearest clue before the expression in its sentence decides; failing that, the nearest one after it
 * in the same clause ("On Friday, the court ruled" is one clause for this purpose, since the date opens it).
 * A reporting verb ("said", "told") counts only right next to the date: "they said they expect the sale to
 * close by Dec. 15" is about December to come. A participle after "is" or "be" ("is heard", "will be held")
 * defers to what comes before it, and an expectation in the past ("had been due to expire") tells nothing. A
 * clue far from the date, or the verb of a sentence where the date only modifies a noun ("the Aug. 7
 * bombings", "Wednesday's ruling"), leans one way without deciding.
 */
final class Tense {
  /** A past clue right by the date ("said Friday", "was killed on Friday"). */
  static final int PAST = -2;
  /** A past clue farther off in the sentence: it tips the balance, it does not decide. */
  static final int LEANS_PAST = -1;
  static final int UNKNOWN = 0;
  static final int LEANS_FUTURE = 1;
  /** A future clue right by the date ("will meet on Thursday"). */
  static final int FUTURE = 2;
  /** A clue that the date's tense cannot be read ("was planned for March"): stop looking. */
  private static final int STOP = 3;
  /** How close a clue must be, in tokens, to decide the tense rather than tip it. */
  private static final int DECISIVE = 4;

  /** How far to look for a clue, in tokens: a clause or two of news prose. */
  private static final int BEFORE = 24;
  private static final int AFTER = 8;
  /** How close a reporting verb must be to tell the tense of a date: "said Friday", "said on Friday". */
  private static final int REPORTING = 6;

  private Tense() {}

  /** Whether a tense puts the date before the reference date. */
  static boolean isPast(int tense) {
    return tense < 0;
  }

  static boolean isFuture(int tense) {
    return tense > 0;
  }

  /** The tense for the expression at tokens {@code [first, end)}: a clue's tense, and how close it is. */
  static int of(Pieces t, int first, int end) {
    int c = clue(t, first, end);
    if (c == STOP || c == UNKNOWN) {
      return UNKNOWN;
    }
    int distance = Math.abs(c) >> 2;
    int tense = c > 0 ? FUTURE : PAST;
    Word before = t.w(first - 1);
    boolean modifier = before != null && before.marker == Word.DETERMINER || isPossessive(t, end);
    if (modifier) {
      // "the Aug. 7 bombings", "Wednesday's ruling": the sentence's verb is not the date's; a clue right by it
      // leans one way, one farther off tells nothing.
      return distance <= DECISIVE ? tense / 2 : UNKNOWN;
    }
    return distance <= DECISIVE ? tense : tense / 2;
  }

  /** The nearest clue, as its tense with its distance in tokens shifted in above two bits, or 0 or STOP. */
  private static int clue(Pieces t, int first, int end) {
    // "extended to Nov. 20", "postponed until Tuesday": a deadline is often still to come after a past verb.
    boolean deadline = t.is(first - 1, "until") || t.is(first - 1, "till") || t.is(first - 1, "to")
        || t.is(first - 1, "through") || t.is(first - 1, "by") || t.is(first - 1, "before")
        || t.is(first - 1, "payable") || t.is(first - 1, "effective") || t.is(first - 1, "record")
        || t.is(first - 1, "starting") || t.is(first - 1, "beginning") || t.is(first - 1, "expiring");
    boolean infinitive = false;
    for (int i = first - 1; i >= 0 && i >= first - BEFORE; i--) {
      if (t.isMark(i, ';') || i < first - 1 && isClauseStart(t, i)) {
        break;
      }
      int c = cue(t, i, first - i);
      if (c == STOP) {
        return STOP;
      }
      if (c == PAST && (infinitive || deadline)) {
        // "agreed to meet on Friday", "had been set to expire Nov. 6": the date is the aim, not the act.
        return STOP;
      }
      if (t.is(i, "to") && t.lowerCaseWord(i + 1) && t.w(i + 1) == null) {
        infinitive = true;
      }
      if (c == PAST && isParticiple(t, i) && afterBe(t, i) > 0) {
        // "will be held", "is heard", "is to be completed": what comes before the auxiliary decides.
        i = afterBe(t, i);
        continue;
      }
      if (c != UNKNOWN) {
        return located(c, first - i);
      }
    }
    boolean opensSentence = opensSentence(t, first);
    for (int i = end; i < t.size && i < end + AFTER; i++) {
      if (t.isMark(i, ';') || t.isMark(i, ',') && !opensSentence || i > end && isClauseStart(t, i)) {
        break;
      }
      // The main verb after a date that opens the sentence: "On Sunday, police and FBI agents said".
      int c = cue(t, i, opensSentence ? 1 : i - end + 1);
      if (c == STOP || deadline && c == PAST) {
        return STOP;
      }
      if (c != UNKNOWN) {
        return located(c, opensSentence ? 1 : i - end + 1);
      }
    }
    return UNKNOWN;
  }

  private static int located(int tense, int distance) {
    return tense > 0 ? distance << 2 | 1 : -(distance << 2 | 1);
  }

  /** A word that opens a clause of its own, whose verb is not the date's: "before the monsoon arrives". */
  private static boolean isClauseStart(Pieces t, int i) {
    if (t.is(i, "that")) {
      Word next = t.w(i + 1);
      return next == null || next.unit == null && next.part == null;
    }
    if (t.is(i, "before") || t.is(i, "after")) {
      // "before the monsoon arrives": a clause; "before the vote on Friday": a phrase.
      return (t.is(i + 1, "the") || t.is(i + 1, "a")) && verbLike(t, i + 3);
    }
    return t.is(i, "which") || t.is(i, "who") || t.is(i, "when") || t.is(i, "while") || t.is(i, "because")
        || t.is(i, "if") || t.is(i, "although") || t.is(i, "though") || t.is(i, "unless") || t.is(i, "whether")
        || t.is(i, "where");
  }

  /** A lower-case word ending like a verb in the third person or the past ("arrives", "ended"). */
  private static boolean verbLike(Pieces t, int i) {
    if (!t.lowerCaseWord(i) || t.w(i) != null) {
      return false;
    }
    int e = t.end[i];
    char last = t.text.charAt(e - 1);
    return last == 's' || last == 'd' && t.text.charAt(e - 2) == 'e';
  }

  private static boolean isPossessive(Pieces t, int end) {
    return (t.isMark(end, '\'') || t.isMark(end, '’')) && t.is(end + 1, "s") && t.tight(end);
  }

  /** Only a preposition or a modifier ("On", "Late", "Earlier") comes before the date in its sentence. */
  private static boolean opensSentence(Pieces t, int first) {
    for (int i = 0; i < first; i++) {
      Word w = t.w(i);
      if (t.kind[i] == Pieces.MARK) {
        continue;
      }
      if (w == null || w.marker != Word.PREPOSITION && w.modifier == 0) {
        return false;
      }
    }
    return true;
  }

  /** The clue at token {@code i}, {@code distance} tokens from the date. */
  private static int cue(Pieces t, int i, int distance) {
    if (!t.isWord(i)) {
      return UNKNOWN;
    }
    if ((t.is(i, "is") || t.is(i, "are")) && t.is(i + 1, "to") && t.lowerCaseWord(i + 2)) {
      // "is to resume": an arrangement for the future.
      return FUTURE;
    }
    Word w = t.w(i);
    if (w == null) {
      return regularPast(t, i) && (distance <= REPORTING || !TenseWords.isReporting(t, i)) ? PAST : UNKNOWN;
    }
    if (w.marker == Word.DETERMINER) {
      return UNKNOWN;
    }
    if (w.month != 0 && t.capitalised(i)) {
      // "May" the month, not the modal.
      return UNKNOWN;
    }
    if (t.is(i, "won") && (t.isMark(i + 1, '\'') || t.isMark(i + 1, '’')) && t.is(i + 2, "t")) {
      return FUTURE;
    }
    if (w.tense == FUTURE && t.is(i + 1, "have") && (t.is(i, "would") || t.is(i, "might") || t.is(i, "may")
        || t.is(i, "should") || t.is(i, "must"))) {
      // "would have told": what might have been, in the past.
      return PAST;
    }
    if (w.tense == 0) {
      return UNKNOWN;
    }
    if (w.tense == PAST && distance > REPORTING && TenseWords.isReporting(t, i)) {
      return UNKNOWN;
    }
    if (w.tense == FUTURE) {
      return futureCue(t, i);
    }
    return w.tense;
  }

  /** A future clue, unless its sense here is not about time to come. */
  private static int futureCue(Pieces t, int i) {
    if (TenseWords.needsTo(t, i) && !t.is(i + 1, "to")) {
      // "the plan", "his hopes": nouns, not intentions.
      return UNKNOWN;
    }
    if (t.is(i, "due") && t.is(i + 1, "to") && t.w(i + 2) != null && t.w(i + 2).marker == Word.DETERMINER) {
      // "due to its loss": a cause.
      return UNKNOWN;
    }
    if (TenseWords.isExpectation(t, i) && (t.is(i - 1, "was") || t.is(i - 1, "were") || t.is(i - 1, "been")
        || t.is(i - 1, "had"))) {
      // "had been due to expire Friday", "was scheduled for Monday": an expectation held in the past, about a
      // date that may have come or not; the nearest date is the best guess.
      return STOP;
    }
    return FUTURE;
  }

  /** A lower-case word of five letters or more ending in "-ed" ("announced", "killed"), not "-eed". */
  private static boolean regularPast(Pieces t, int i) {
    int s = t.start[i];
    int e = t.end[i];
    if (e - s < 5 || !t.lowerCaseWord(i)) {
      return false;
    }
    String x = t.text;
    Word before = t.w(i - 1);
    // "the reduced dividend": after a determiner, an adjective.
    return x.charAt(e - 1) == 'd' && x.charAt(e - 2) == 'e' && x.charAt(e - 3) != 'e'
        && !TenseWords.isAdjective(t, i) && (before == null || before.marker != Word.DETERMINER);
  }

  private static boolean isParticiple(Pieces t, int i) {
    return t.w(i) == null || !t.is(i, "was") && !t.is(i, "were") && !t.is(i, "had") && !t.is(i, "did")
        && !t.is(i, "said") && !t.is(i, "told");
  }

  /** The index of "is", "are", "be", "been" or "being" just before a participle at {@code i} (one adverb
   * between allowed), or -1. */
  private static int afterBe(Pieces t, int i) {
    for (int j = i - 1; j >= i - 2 && j >= 0; j--) {
      if (t.is(j, "be") || t.is(j, "been") || t.is(j, "being") || t.is(j, "is") || t.is(j, "are")
          || t.is(j, "am")) {
        return j;
      }
      if (!t.lowerCaseWord(j) || t.text.charAt(t.end[j] - 1) != 'y') {
        return -1;
      }
    }
    return -1;
  }
}
