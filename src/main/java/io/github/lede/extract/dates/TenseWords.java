package io.github.lede.extract.dates;

import io.github.lede.text.Lexicon;
import io.github.lede.text.WordList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The words that tell the tense of a sentence without a tagger: auxiliaries and modals, words of
 * expectation, and the irregular past forms that the "-ed" rule in {@link Tense} cannot see. News writes a
 * date right after its verb ("said Friday", "will meet on Thursday"), so the nearest of these words decides.
 */
final class TenseWords {
  /** Verbs of saying, reporting and holding a view. */
  private static final long REPORTING = WordList.any(WordList.SPEECH_VERBS, WordList.REPORT_VERBS,
      WordList.OPINION_VERBS);

  private TenseWords() {}

  static void words(BiConsumer<String, Consumer<Word>> put) {
    for (String w : WordList.FUTURE_CLUES.words()) {
      put.accept(w, x -> x.tense = Tense.FUTURE);
    }
    for (String w : WordList.PAST_CLUES.words()) {
      put.accept(w, x -> x.tense = Tense.PAST);
    }
  }

  /** Verbs of saying: they tell the tense of a date only right next to it ("said Friday"). */
  static boolean isReporting(Pieces t, int i) {
    return t.isWord(i) && (Lexicon.of(t.text, t.start[i], t.end[i]) & REPORTING) != 0;
  }

  /** Words of intention that speak of the future only before "to": "plans to", but not "the plan". */
  static boolean needsTo(Pieces t, int i) {
    return t.is(i, "plan") || t.is(i, "plans") || t.is(i, "intends") || t.is(i, "intend") || t.is(i, "aims")
        || t.is(i, "hopes") || t.is(i, "going") || t.is(i, "supposed") || t.is(i, "poised");
  }

  /** Words of expectation, which after "was" or "had been" speak of a past that was then to come. */
  static boolean isExpectation(Pieces t, int i) {
    return t.is(i, "scheduled") || t.is(i, "expected") || t.is(i, "due") || t.is(i, "planned")
        || t.is(i, "slated") || t.is(i, "supposed") || t.is(i, "set");
  }

  /** "-ed" words that are mostly adjectives in news ("based", "limited", "alleged"). */
  static boolean isAdjective(Pieces t, int i) {
    return t.is(i, "hundred") || t.is(i, "based") || t.is(i, "limited") || t.is(i, "united")
        || t.is(i, "related") || t.is(i, "alleged") || t.is(i, "accused") || t.is(i, "injured")
        || t.is(i, "wounded") || t.is(i, "armed") || t.is(i, "detailed") || t.is(i, "advanced")
        || t.is(i, "interested") || t.is(i, "concerned") || t.is(i, "indeed");
  }
}
