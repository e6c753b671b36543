package io.github.lede.extract.quotes;

import java.util.Arrays;
import java.util.Set;

/** Hand-written word lists for attribution: verbs of speech, words around a speaker, pronouns. */
final class QuoteWords {
  private QuoteWords() {}

  private static Set<String> words(String... words) {
    return Set.copyOf(Arrays.asList(words));
  }

  /** Finite verbs that attribute what is quoted to their subject, before or after the quote. */
  static final Set<String> SPEECH = words(
      "said", "says", "say", "told", "tells", "tell", "added", "adds", "wrote", "writes", "asked", "asks",
      "explained", "explains", "noted", "notes", "argued", "argues", "insisted", "insists", "warned", "warns",
      "claimed", "claims", "declared", "declares", "announced", "announces", "admitted", "admits",
      "acknowledged", "acknowledges", "conceded", "concedes", "recalled", "recalls", "replied", "replies",
      "responded", "responds", "countered", "counters", "continued", "continues", "tweeted", "tweets", "posted",
      "commented", "comments", "remarked", "stressed", "stresses", "emphasised", "emphasized", "emphasises",
      "emphasizes", "cautioned", "cautions", "complained", "complains", "vowed", "vows", "pledged", "pledges",
      "promised", "promises", "testified", "testifies", "quipped", "quips", "joked", "jokes", "shouted",
      "yelled", "screamed", "whispered", "wondered", "wonders", "observed", "observes", "concluded",
      "concludes", "agreed", "agrees", "confirmed", "confirms", "denied", "denies", "mused", "muses", "boasted",
      "boasts", "alleged", "alleges", "contended", "contends", "maintained", "maintains", "reiterated",
      "reiterates", "reported", "reports", "predicted", "predicts", "suggested", "suggests", "urged", "urges",
      "proclaimed", "exclaimed", "interjected", "retorted", "pleaded", "demanded", "disclosed",
      "revealed", "speculated", "texted", "emailed", "blogged", "answered", "answers", "recounted", "recounts",
      "lamented", "laments", "assured", "advised", "stated", "reads", "chanted", "sang", "sings",
      "cried", "snapped", "thundered", "scoffed", "begged", "implored", "opined", "charged", "asserted", "boomed",
      "beamed", "gushed", "fumed", "raged", "marveled", "marvelled", "sniped", "griped", "grumbled", "echoed",
      "echoes", "groused", "worried", "cried", "cries", "barked", "remembered", "reacted",
      "asserts", "exhorted", "exhorts");

  /**
   * Verbs that are plural nouns too ("the claims", "Republican claims"): read as verbs only when no
   * preposition follows ("claims as", "notes of").
   */
  static final Set<String> NOUN_LIKE = words(
      "claims", "notes", "reports", "comments", "promises", "calls", "demands", "answers", "remarks", "charges",
      "rates", "praises", "welcomes", "rejects", "defends", "cites", "touts", "states", "says", "tweets",
      "pledges", "vows", "warns", "jokes", "boasts", "denies");

  /** Prepositions that put the noun phrase after them in an object's place ("through the streets"). */
  static final Set<String> PREPOSITIONS = words(
      "in", "on", "at", "to", "from", "with", "by", "about", "into", "onto", "over", "under", "during", "through",
      "between", "among", "against", "without", "within", "via", "per", "like", "despite", "toward", "towards",
      "upon", "across", "behind", "beyond", "near", "as", "of", "for", "after", "before", "around", "outside");

  /**
   * Verbs that characterise what the quote says rather than report it ("called the plan “a disaster”"):
   * they attribute a quote that stands after them in the same sentence.
   */
  static final Set<String> CHARACTERISING = words(
      "called", "calls", "call", "described", "describes", "dubbed", "dubs", "labeled", "labelled", "labels",
      "branded", "brands", "termed", "characterized", "characterised", "characterizes", "characterises",
      "condemned", "condemns", "denounced", "denounces", "dismissed", "dismisses", "slammed", "slams",
      "criticized", "criticised", "criticizes", "criticises", "praised", "praises", "hailed", "hails", "deemed",
      "blasted", "blasts", "accused", "accuses", "decried", "decries", "lambasted", "mocked", "derided",
      "referred", "refers", "ridiculed", "touted", "touts", "welcomed", "welcomes", "rejected", "rejects",
      "defended", "defends", "likened", "rated", "rates", "promised", "vowed", "blamed", "blames", "thanked",
      "questioned", "insisted", "expressed", "voiced", "cited", "cites", "pointed", "invoked", "attacked",
      "lauded", "exhorted", "ripped", "knocked", "accuse", "describe", "label", "brand", "condemn", "denounce", "dismiss", "praise",
      "criticize", "criticise", "blame", "deem", "cry",
      // verbs that carry someone's view in their words: "Hoover estimated that there are “...”"
      "estimated", "estimates", "credited", "credits", "repeated", "repeats", "intimated", "proposed",
      "proposes", "requested", "sought", "seeks", "hoped", "believes", "believed", "feared", "fears",
      "envisioned", "pitched", "framed", "coined", "penned", "pushed", "offered", "championed");

  /** Nouns for someone's words, owned by the speaker: "Trump's claim that ...", "Rubio's pledge to ...". */
  static final Set<String> SPEECH_NOUNS = words(
      "claim", "claims", "pledge", "promise", "statement", "assertion", "words", "remark", "remarks", "comment",
      "comments", "warning", "vow", "argument", "charge", "suggestion", "insistence", "contention", "slogan",
      "catchphrase", "tweet", "message", "description", "characterization", "characterisation", "answer",
      "response", "reply", "call", "accusation", "boast", "quip", "motto", "line", "mantra", "question");

  /** Participles of speech: the speaker is the subject of the sentence ("..., calling it “unfair”"). */
  static final Set<String> PARTICIPLES = words(
      "saying", "adding", "telling", "writing", "noting", "calling", "describing", "warning", "arguing",
      "insisting", "explaining", "declaring", "urging", "claiming", "vowing", "pledging", "promising", "stating",
      "dismissing", "condemning", "labeling", "labelling", "branding", "terming", "asking", "praising",
      "accusing", "denouncing", "criticizing", "criticising", "blasting", "slamming", "deriding", "mocking",
      "tweeting", "posting", "quipping", "joking", "recalling", "lamenting", "complaining", "suggesting",
      "predicting", "acknowledging", "admitting", "conceding", "boasting", "touting", "reiterating", "stressing",
      "emphasizing", "emphasising", "cautioning", "charging", "alleging", "contending", "maintaining",
      "observing", "announcing", "confirming", "denying", "replying", "responding", "countering", "hailing",
      "dubbing", "characterizing", "characterising", "referring", "blaming", "questioning", "citing", "crying", "yelling", "shouting", "chanting", "screaming");

  /** Prepositions of a time between a subject and its verb: "Beck on Wednesday called ...". */
  static final Set<String> TIME_PREPOSITIONS = words("on", "in", "last", "this", "early", "late", "next");

  /** Days, months and parts of days. */
  static final Set<String> TIME_WORDS = words(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan",
      "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "morning", "afternoon",
      "evening", "night", "week", "month", "year", "weekend");

  /** Speech verbs a headline writes with a capital: "Putin Says West Is ...". */
  static final Set<String> HEADLINE_VERBS = words(
      "says", "said", "tells", "warns", "vows", "urges", "calls", "insists", "claims", "slams", "admits",
      "denies", "pledges", "promises", "declares", "argues", "asks", "writes", "wants");

  /** Words between a subject and its verb that are not part of either: "Kim also said", "he has long argued". */
  static final Set<String> BETWEEN = words(
      "also", "later", "earlier", "previously", "repeatedly", "once", "then", "now", "still", "recently",
      "reportedly", "further", "again", "often", "has", "have", "had", "would", "will", "could", "did", "does",
      "do", "is", "was", "were", "are", "not", "never", "just", "long", "even", "already", "publicly",
      "privately", "since", "first", "always", "frequently", "last", "yesterday", "today", "tonight", "simply",
      "'d", "'ve", "has", "may", "might", "must", "should", "can");

  /** Determiners: an NP read backwards ends at one ("the foreign ministry"), unless "of" stands before it. */
  static final Set<String> DETERMINERS = words(
      "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
      "one", "another", "some", "several", "many", "two", "three", "four", "both", "each", "other", "most",
      "few", "all", "no");

  /** Words an NP may hold although they are neither names nor nouns: "Ministry of Mines", "head of security". */
  static final Set<String> NP_LINKS = words("of", "for", "at");

  /** Lower-case particles inside names: "Pieter van der Berg", "Abdullah bin Salem", "de Vries". */
  static final Set<String> PARTICLES = words(
      "de", "du", "van", "von", "bin", "bint", "ibn", "al", "el", "der", "den", "la", "le", "da", "di", "del",
      "della", "dos", "das", "do", "ter", "ten", "y", "zu");

  /** Words that are never part of a speaker's NP: verbs, conjunctions, prepositions, relatives. */
  static final Set<String> NOT_NP = words(
      "and", "or", "but", "nor", "so", "yet", "because", "although", "though", "while", "whereas", "if",
      "unless", "since", "when", "where", "after", "before", "until", "as", "than", "that", "which", "who",
      "whom", "whose", "what", "whether", "is", "was", "are", "were", "be", "been", "being", "has", "have",
      "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must", "in",
      "on", "to", "from", "with", "by", "about", "into", "onto", "over", "under", "during", "through",
      "between", "among", "against", "without", "within", "via", "per", "like", "despite", "toward", "towards",
      "upon", "across", "behind", "beyond", "near", "not", "also", "there", "here", "how", "why", "it's",
      "then", "too", "very", "more", "less", "only", "just", "even", "however", "meanwhile", "instead",
      "according", "said", "says", "told", "again", "later", "what", "whom", "this", "yesterday", "today");

  /** Relatives that open a clause about a noun: "Sanders, who lost the primaries to Clinton, said". */
  static final Set<String> RELATIVES = words("who", "whose", "which");

  /** Personal pronouns a speaker may be. */
  static final Set<String> PRONOUNS = words("he", "she", "they", "it", "i", "we", "you");

  /** Words that open a sentence with a scene or time before the subject ("In a statement, ..."). */
  static final Set<String> INTRO = words(
      "in", "on", "at", "after", "before", "during", "within", "earlier", "later", "separately", "meanwhile",
      "however", "still", "yet", "last", "this", "speaking", "asked", "when", "while", "since", "for", "from",
      "by", "with", "then", "now", "also", "but", "and", "so", "instead", "again", "elsewhere", "overnight",
      "today", "yesterday", "previously", "recently", "as", "of", "to", "under", "amid", "despite", "following",
      "writing", "responding", "addressing");

  /** Words whose form says the person is a man or a woman: honorifics and gendered roles. */
  static final Set<String> MALE = words(
      "mr", "sir", "lord", "king", "prince", "father", "husband", "son", "brother", "uncle", "grandfather",
      "spokesman", "chairman", "congressman", "businessman", "councilman", "actor", "duke", "emperor",
      "sultan", "sheikh", "pope", "herr", "monsieur", "signor", "senor", "señor", "boy", "man", "nephew",
      "widower", "godfather", "dad", "baron", "count", "earl", "tsar", "czar");
  static final Set<String> FEMALE = words(
      "mrs", "ms", "miss", "dame", "lady", "queen", "princess", "mother", "wife", "daughter", "sister", "aunt",
      "grandmother", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman", "actress",
      "duchess", "empress", "frau", "madame", "mme", "mlle", "signora", "senora", "señora", "girl", "woman",
      "niece", "widow", "godmother", "mom", "mum", "baroness", "countess");

  /** Common verbs that end a sentence's subject ("North Korean state media carried ..."), past tense mostly. */
  static final Set<String> COMMON_VERBS = words(
      "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "should", "may", "might",
      "must", "made", "makes", "took", "takes", "gave", "gives", "went", "goes", "came", "comes", "got", "gets",
      "put", "puts", "ran", "runs", "met", "meets", "sent", "sends", "held", "holds", "left", "leaves", "kept",
      "keeps", "began", "begins", "brought", "brings", "found", "finds", "led", "leads", "saw", "sees", "set",
      "won", "wins", "lost", "loses", "spent", "paid", "pays", "sought", "seeks", "fought", "built", "broke",
      "chose", "drew", "fell", "felt", "grew", "hit", "knew", "knows", "let", "meant", "rose", "sat", "sold",
      "spoke", "speaks", "stood", "struck", "swore", "thought", "thinks", "threw", "did", "does", "wants",
      "needs", "believes", "expects", "hopes", "plans", "seems", "appears", "remains", "became", "becomes",
      "issued", "carried", "published", "released", "ran", "aired", "sent", "shared", "put");
}
