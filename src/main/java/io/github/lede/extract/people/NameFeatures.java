package io.github.lede.extract.people;

import static io.github.lede.extract.people.tagger.FeatureHash.of;

import io.github.lede.extract.people.tagger.FeatureRows;
import java.util.List;

/**
 * The features the tagger reads for each token of a run, in the spirit of the strong linear name taggers:
 * the word, its lower case, shape, prefixes and suffixes; the words and shapes around it; its case and
 * place in the sentence and the run; which of lede's lists hold it and its neighbours; what the rules
 * decided about it; and what the rest of the article says about the same word. The second pass adds what
 * the first pass tagged here, next door, and wherever else the article uses the word. Every feature is a
 * hash ({@link io.github.lede.extract.people.tagger.FeatureHash}): no strings are built.
 */
final class NameFeatures {
  private static final int BIAS = 1;
  private static final int KEY = 2;
  private static final int TEXT = 3;
  private static final int SHAPE = 4;
  private static final int PREFIX = 5;
  private static final int SUFFIX = 6;
  private static final int KEY_BEFORE = 7;
  private static final int KEY_AFTER = 8;
  private static final int KEY_BEFORE_2 = 9;
  private static final int KEY_AFTER_2 = 10;
  private static final int SHAPE_BEFORE = 11;
  private static final int SHAPE_AFTER = 12;
  private static final int BIGRAM_BEFORE = 13;
  private static final int BIGRAM_AFTER = 14;
  private static final int SHAPES = 15;
  private static final int PLACE = 16;
  private static final int CASE = 17;
  private static final int FLAG = 18;
  private static final int FLAG_BEFORE = 19;
  private static final int FLAG_AFTER = 20;
  private static final int FLAG_PLACE = 21;
  private static final int FLAG_CASE = 22;
  private static final int RULE = 23;
  private static final int RULE_CASE = 24;
  private static final int RULE_MENTION = 25;
  private static final int RULE_MENTION_AROUND = 26;
  private static final int DOC = 27;
  private static final int DOC_CASE = 28;
  private static final int FIRST = 40;
  private static final int FIRST_AROUND = 41;
  private static final int DOC_TAG = 42;
  private static final int DOC_TAG_CASE = 43;

  /** Stands for the word before the first token or after the last. */
  private static final int EDGE = 0x5EED;

  private final Gazetteer g = Gazetteer.get();

  /** Per-token hashes and list memberships, computed once per field when first asked for. */
  static final class TokenFacts {
    final int[] flags;
    final int[] shapes;

    TokenFacts(int n) {
      flags = new int[n];
      shapes = new int[n];
      java.util.Arrays.fill(flags, -1);
    }
  }

  /** Appends one row per token of run [from, to): the features of the first pass. */
  void first(NameRuns f, ArticleEvidence doc, int from, int to, FeatureRows rows) {
    for (int p = from; p < to; p++) {
      rows.startRow();
      local(f, doc, p, from, to, rows);
    }
  }

  /** Appends one row per token of run [from, to): what the second pass reads besides the first's. */
  void second(NameRuns f, ArticleEvidence doc, int from, int to, FeatureRows rows) {
    for (int p = from; p < to; p++) {
      rows.startRow();
      secondOnly(f, doc, p, rows);
    }
  }

  /** Appends one row per token: the first pass's features and the second's together, for training. */
  void both(NameRuns f, ArticleEvidence doc, int from, int to, FeatureRows rows) {
    for (int p = from; p < to; p++) {
      rows.startRow();
      local(f, doc, p, from, to, rows);
      secondOnly(f, doc, p, rows);
    }
  }

  private void local(NameRuns f, ArticleEvidence doc, int p, int from, int to, FeatureRows rows) {
    List<Token> tokens = f.tokens;
    Token t = tokens.get(p);
    String key = t.key;
    int keyHash = key.hashCode();
    int shape = shape(f, p);
    int before = keyAt(tokens, p - 1);
    int after = keyAt(tokens, p + 1);
    int place = (p == from ? 1 : 0) | (p == to - 1 ? 2 : 0) | Math.min(to - from, 4) << 2;
    int kase = (t.sentenceStart ? 1 : 0) | (t.inCapsLine ? 2 : 0) | (t.upper ? 4 : 0);
    rows.add(of(BIAS, 0));
    rows.add(of(KEY, keyHash));
    rows.add(of(TEXT, t.text.hashCode()));
    rows.add(of(SHAPE, shape));
    for (int n = 2; n <= 4 && n < key.length(); n++) {
      rows.add(of(PREFIX, n, io.github.lede.extract.people.tagger.FeatureHash.text(key, 0, n)));
      rows.add(of(SUFFIX, n, io.github.lede.extract.people.tagger.FeatureHash.text(key, key.length() - n, key.length())));
    }
    rows.add(of(KEY_BEFORE, before));
    rows.add(of(KEY_AFTER, after));
    rows.add(of(KEY_BEFORE_2, keyAt(tokens, p - 2)));
    rows.add(of(KEY_AFTER_2, keyAt(tokens, p + 2)));
    int shapeBefore = p > 0 ? shape(f, p - 1) : EDGE;
    int shapeAfter = p + 1 < tokens.size() ? shape(f, p + 1) : EDGE;
    rows.add(of(SHAPE_BEFORE, shapeBefore));
    rows.add(of(SHAPE_AFTER, shapeAfter));
    rows.add(of(BIGRAM_BEFORE, before, keyHash));
    rows.add(of(BIGRAM_AFTER, keyHash, after));
    rows.add(of(SHAPES, shapeBefore * 31 + shape, shapeAfter));
    rows.add(of(PLACE, place));
    rows.add(of(CASE, kase));
    int flags = flags(f, p);
    for (int bits = flags; bits != 0; bits &= bits - 1) {
      int b = Integer.numberOfTrailingZeros(bits);
      rows.add(of(FLAG, b));
      rows.add(of(FLAG_PLACE, b, place & 3));
      rows.add(of(FLAG_CASE, b, kase));
    }
    if (p > 0) {
      for (int bits = flags(f, p - 1); bits != 0; bits &= bits - 1) {
        rows.add(of(FLAG_BEFORE, Integer.numberOfTrailingZeros(bits)));
      }
    }
    if (p + 1 < tokens.size()) {
      for (int bits = flags(f, p + 1); bits != 0; bits &= bits - 1) {
        rows.add(of(FLAG_AFTER, Integer.numberOfTrailingZeros(bits)));
      }
    }
    int verdict = f.ruleVerdict[p];
    rows.add(of(RULE, verdict));
    rows.add(of(RULE_CASE, verdict, kase));
    rows.add(of(RULE_MENTION, f.ruleMention[p]));
    rows.add(of(RULE_MENTION_AROUND, p > 0 ? f.ruleMention[p - 1] : 7, p + 1 < tokens.size() ? f.ruleMention[p + 1] : 7));
    int[] counts = doc.of(key);
    boolean selfCapitalised = t.capitalised && !t.sentenceStart && !t.inCapsLine;
    int evidence = (counts[ArticleEvidence.CAPITALISED] - (selfCapitalised ? 1 : 0) > 0 ? 1 : 0)
        | (counts[ArticleEvidence.LOWER] > 0 ? 2 : 0) | counts[ArticleEvidence.RULE_WORD] << 2
        | counts[ArticleEvidence.RULE_SURNAME] << 3 | counts[ArticleEvidence.RULE_NOT_PERSON] << 4
        | counts[ArticleEvidence.FIRM] << 5;
    rows.add(of(DOC, evidence));
    rows.add(of(DOC_CASE, evidence, kase));
  }

  private void secondOnly(NameRuns f, ArticleEvidence doc, int p, FeatureRows rows) {
    List<Token> tokens = f.tokens;
    Token t = tokens.get(p);
    int own = f.firstPass[p];
    rows.add(of(FIRST, own));
    rows.add(of(FIRST_AROUND, p > 0 ? f.firstPass[p - 1] : 7, p + 1 < tokens.size() ? f.firstPass[p + 1] : 7));
    int[] counts = doc.of(t.key);
    int kase = (t.sentenceStart ? 1 : 0) | (t.inCapsLine ? 2 : 0);
    int named = 0;
    for (int tag = 0; tag < 5; tag++) {
      int elsewhere = counts[ArticleEvidence.FIRST_PASS + tag] - (tag == own ? 1 : 0);
      if (elsewhere > 0) {
        rows.add(of(DOC_TAG, tag));
        rows.add(of(DOC_TAG_CASE, tag, kase));
        named |= tag == 0 ? 1 : 2;
      }
    }
    rows.add(of(DOC_TAG, 8 + named));
  }

  private static int keyAt(List<Token> tokens, int i) {
    return i < 0 || i >= tokens.size() ? EDGE : tokens.get(i).key.hashCode();
  }

  /** The word's form: X for capitals, x for small letters, d for digits, repeats folded ("Xx", "X.X.", "d-d"). */
  private static int shape(NameRuns f, int p) {
    int cached = f.facts.shapes[p];
    if (cached != 0) {
      return cached;
    }
    String s = f.tokens.get(p).text;
    int h = 17;
    char previous = 0;
    int symbols = 0;
    for (int i = 0; i < s.length() && symbols < 8; i++) {
      char c = s.charAt(i);
      char cls = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      if (cls != previous) {
        h = h * 31 + cls;
        previous = cls;
        symbols++;
      }
    }
    f.facts.shapes[p] = h == 0 ? 1 : h;
    return f.facts.shapes[p];
  }

  private int flags(NameRuns f, int p) {
    int cached = f.facts.flags[p];
    if (cached >= 0) {
      return cached;
    }
    int flags = flags(f.tokens.get(p));
    f.facts.flags[p] = flags;
    return flags;
  }

  /**
   * Which of lede's lists hold the word, one bit per list: the lists' bits come from one table lookup
   * ({@link #LIST_BITS}), the word's form's from the word itself.
   */
  private int flags(Token t) {
    if (!t.isWord()) {
      return t.kind == Token.Kind.NEWLINE ? 1 << 24 : 1 << 25;
    }
    String k = t.key;
    int f = LIST_BITS.getOrDefault(k, 0);
    f |= g.isPlace(k) ? 1 << 3 : 0;
    f |= t.isInitial() ? 1 << 15 : 0;
    f |= t.capitalised && NameShapes.looksLikeFamilyName(k, t.text) ? 1 << 16 : 0;
    f |= NameFinder.isArabicArticleName(t.text) ? 1 << 22 : 0;
    f |= k.indexOf('-') > 0 ? 1 << 23 : 0;
    return f;
  }

  /** Every listed word with the bits of the lists that hold it (the place list, by far the largest, apart). */
  private static final java.util.Map<String, Integer> LIST_BITS = listBits();

  private static java.util.Map<String, Integer> listBits() {
    Gazetteer g = Gazetteer.get();
    java.util.Map<String, Integer> bits = new java.util.HashMap<>(1 << 17);
    java.util.List<java.util.Set<String>> lists = java.util.Arrays.asList(g.given, g.family, g.asianFamily, null,
        g.majorPlaces, g.demonyms, g.organisations, g.common, Lexicon.TITLE_WORDS, Lexicon.HONORIFICS,
        Lexicon.NEVER_NAMES, Lexicon.CALENDAR, Lexicon.ORGANISATION_WORDS, Lexicon.ORGANISATION_CORE,
        Lexicon.PARTICLES, null, null, Lexicon.GROUP_ADJECTIVES, Lexicon.PLACE_STARTS, Lexicon.LOWER_ROLES,
        Lexicon.PERSON_NOUNS, Lexicon.SPEECH_VERBS);
    for (int b = 0; b < lists.size(); b++) {
      if (lists.get(b) != null) {
        for (String w : lists.get(b)) {
          bits.merge(w, 1 << b, (x, y) -> x | y);
        }
      }
    }
    return bits;
  }
}
