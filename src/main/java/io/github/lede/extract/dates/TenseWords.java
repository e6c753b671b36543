package io.github.lede.extract.dates;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The words that tell the tense of a sentence without a tagger: auxiliaries and modals, words of
 * expectation, and the irregular past forms that the "-ed" rule in {@link Tense} cannot see. News writes a
 * date right after its verb ("said Friday", "will meet on Thursday"), so the nearest of these words decides.
 */
final class TenseWords {
  private TenseWords() {}

  static void words(BiConsumer<String, Consumer<Word>> put) {
    for (String w : new String[] {"will", "ll", "shall", "would", "should", "must", "going", "gonna",
      "scheduled", "expected", "due", "planned", "plans", "plan", "upcoming", "intends", "intend", "aims", "hopes",
      "slated", "poised", "supposed", "tomorrow", "may", "might", "hope", "hoped", "hoping",
      "aimed", "aiming", "planning", "intended", "intending", "expect", "expects", "anticipate", "anticipates"}) {
      put.accept(w, x -> x.tense = Tense.FUTURE);
    }
    for (String w : new String[] {"was", "were", "had", "did", "said", "told", "ago", "yesterday",
      "went", "came", "took", "made", "gave", "met", "left", "began", "saw", "found", "got", "held", "fell", "rose",
      "won", "lost", "sent", "brought", "kept", "paid", "sold", "thought", "struck", "broke", "spoke", "wrote",
      "ran", "led", "fled", "shot", "knew", "grew", "drew", "threw", "flew", "bought", "caught", "taught", "fought",
      "sought", "stood", "understood", "became", "felt", "heard", "meant", "built", "spent", "lent", "sat",
      "swore", "tore", "wore", "froze", "chose", "rode", "drove", "woke", "dealt", "dug", "hung", "slid", "spun",
      "stuck", "swung", "oversaw", "underwent", "withdrew", "overtook", "undertook", "upheld", "withheld",
      "arose", "forbade", "forgave", "ate", "drank", "sang", "rang", "swam", "sank", "shrank", "sprang", "stole",
      "bit", "hid", "lay", "laid", "fed", "bled", "bred", "sped", "slept", "swept", "wept", "crept", "dreamt",
      "leapt", "shone", "blew", "wasn", "weren", "hadn", "didn"}) {
      put.accept(w, x -> x.tense = Tense.PAST);
    }
  }

  /** Verbs of saying: they tell the tense of a date only right next to it ("said Friday"). */
  static boolean isReporting(Tokens t, int i) {
    return t.is(i, "said") || t.is(i, "told") || t.is(i, "announced") || t.is(i, "reported")
        || t.is(i, "added") || t.is(i, "noted") || t.is(i, "stated") || t.is(i, "wrote") || t.is(i, "declared")
        || t.is(i, "confirmed") || t.is(i, "predicted") || t.is(i, "estimated") || t.is(i, "explained")
        || t.is(i, "argued") || t.is(i, "claimed") || t.is(i, "insisted") || t.is(i, "acknowledged")
        || t.is(i, "disclosed") || t.is(i, "revealed") || t.is(i, "decided") || t.is(i, "agreed");
  }

  /** Words of intention that speak of the future only before "to": "plans to", but not "the plan". */
  static boolean needsTo(Tokens t, int i) {
    return t.is(i, "plan") || t.is(i, "plans") || t.is(i, "intends") || t.is(i, "intend") || t.is(i, "aims")
        || t.is(i, "hopes") || t.is(i, "going") || t.is(i, "supposed") || t.is(i, "poised");
  }

  /** Words of expectation, which after "was" or "had been" speak of a past that was then to come. */
  static boolean isExpectation(Tokens t, int i) {
    return t.is(i, "scheduled") || t.is(i, "expected") || t.is(i, "due") || t.is(i, "planned")
        || t.is(i, "slated") || t.is(i, "supposed") || t.is(i, "set");
  }

  /** "-ed" words that are mostly adjectives in news ("based", "limited", "alleged"). */
  static boolean isAdjective(Tokens t, int i) {
    return t.is(i, "hundred") || t.is(i, "based") || t.is(i, "limited") || t.is(i, "united")
        || t.is(i, "related") || t.is(i, "alleged") || t.is(i, "accused") || t.is(i, "injured")
        || t.is(i, "wounded") || t.is(i, "armed") || t.is(i, "detailed") || t.is(i, "advanced")
        || t.is(i, "interested") || t.is(i, "concerned") || t.is(i, "indeed");
  }
}
