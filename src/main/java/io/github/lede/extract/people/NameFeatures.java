package io.github.lede.extract.people;

import static io.github.lede.extract.people.tagger.FeatureHash.of;

import io.github.lede.extract.people.tagger.FeatureHash;
import io.github.lede.extract.people.tagger.FeatureRows;
import io.github.lede.text.Tokens;
import io.github.lede.text.WordList;

/**
 * The features the tagger reads for each token of a run, in the spirit of the strong linear name taggers:
 * the word, its lower case, shape, prefixes and suffixes; the words and shapes around it; its case and
 * place in the sentence and the run; which of lede's lists hold it and its neighbours (the word lists every
 * extractor shares, {@link WordList}, as the token carries them, and the name and place gazetteers); what the rules
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
  /** A word list's feature number is its ordinal past the gazetteers' and the word form's bits. */
  private static final int LISTS = 32;

  /** What each template reads, as an explanation prints it ({@link NameTagger#topFeatures}). */
  static String templateName(int template) {
    return switch (template) {
      case BIAS -> "bias";
      case KEY -> "the word";
      case TEXT -> "the word as written";
      case SHAPE -> "its shape";
      case PREFIX -> "its prefix";
      case SUFFIX -> "its suffix";
      case KEY_BEFORE, KEY_BEFORE_2, BIGRAM_BEFORE -> "the words before";
      case KEY_AFTER, KEY_AFTER_2, BIGRAM_AFTER -> "the words after";
      case SHAPE_BEFORE, SHAPE_AFTER, SHAPES -> "the shapes around";
      case PLACE -> "its place in the run";
      case CASE -> "its case";
      case FLAG, FLAG_PLACE, FLAG_CASE -> "its lists";
      case FLAG_BEFORE, FLAG_AFTER -> "the lists around";
      case RULE, RULE_CASE -> "the rules' verdict";
      case RULE_MENTION, RULE_MENTION_AROUND -> "the rules' mentions";
      case DOC, DOC_CASE -> "the article's other uses of the word";
      case FIRST, FIRST_AROUND -> "the first pass";
      case DOC_TAG, DOC_TAG_CASE -> "the first pass elsewhere in the article";
      default -> "template " + template;
    };
  }

  /** Stands for the word before the first token or after the last. */
  private static final int EDGE = 0x5EED;

  private final Gazetteer g = Gazetteer.get();

  /**
   * Per-token gazetteer memberships, computed once per field when first asked for (a token is read as itself
   * and as its neighbours' neighbour). Shapes are not kept: a few characters' loop costs less than a long
   * article's array.
   */
  static final class TokenFacts {
    final int[] flags;

    TokenFacts(int n) {
      flags = new int[n];
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
    Tokens tokens = f.tokens;
    String key = tokens.key(p);
    int keyHash = key.hashCode();
    int shape = shape(f, p);
    int before = keyAt(tokens, p - 1);
    int after = keyAt(tokens, p + 1);
    int place = (p == from ? 1 : 0) | (p == to - 1 ? 2 : 0) | Math.min(to - from, 4) << 2;
    int kase = (tokens.leading(p) ? 1 : 0) | (tokens.inCapsLine(p) ? 2 : 0) | (tokens.upper(p) ? 4 : 0);
    rows.add(of(BIAS, 0), BIAS);
    rows.add(of(KEY, keyHash), KEY);
    rows.add(of(TEXT, FeatureHash.text(tokens.text(), tokens.start(p), tokens.end(p))), TEXT);
    rows.add(of(SHAPE, shape), SHAPE);
    for (int n = 2; n <= 4 && n < key.length(); n++) {
      rows.add(of(PREFIX, n, FeatureHash.text(key, 0, n)), PREFIX);
      rows.add(of(SUFFIX, n, FeatureHash.text(key, key.length() - n, key.length())), SUFFIX);
    }
    rows.add(of(KEY_BEFORE, before), KEY_BEFORE);
    rows.add(of(KEY_AFTER, after), KEY_AFTER);
    rows.add(of(KEY_BEFORE_2, keyAt(tokens, p - 2)), KEY_BEFORE_2);
    rows.add(of(KEY_AFTER_2, keyAt(tokens, p + 2)), KEY_AFTER_2);
    int shapeBefore = p > 0 ? shape(f, p - 1) : EDGE;
    int shapeAfter = p + 1 < tokens.size() ? shape(f, p + 1) : EDGE;
    rows.add(of(SHAPE_BEFORE, shapeBefore), SHAPE_BEFORE);
    rows.add(of(SHAPE_AFTER, shapeAfter), SHAPE_AFTER);
    rows.add(of(BIGRAM_BEFORE, before, keyHash), BIGRAM_BEFORE);
    rows.add(of(BIGRAM_AFTER, keyHash, after), BIGRAM_AFTER);
    rows.add(of(SHAPES, shapeBefore * 31 + shape, shapeAfter), SHAPES);
    rows.add(of(PLACE, place), PLACE);
    rows.add(of(CASE, kase), CASE);
    for (int bits = flags(f, p); bits != 0; bits &= bits - 1) {
      flag(Integer.numberOfTrailingZeros(bits), place, kase, rows);
    }
    for (long bits = tokens.lists(p); bits != 0; bits &= bits - 1) {
      flag(LISTS + Long.numberOfTrailingZeros(bits), place, kase, rows);
    }
    if (p > 0) {
      neighbour(f, p - 1, FLAG_BEFORE, rows);
    }
    if (p + 1 < tokens.size()) {
      neighbour(f, p + 1, FLAG_AFTER, rows);
    }
    int verdict = f.ruleVerdict[p];
    rows.add(of(RULE, verdict), RULE);
    rows.add(of(RULE_CASE, verdict, kase), RULE_CASE);
    rows.add(of(RULE_MENTION, f.ruleMention[p]), RULE_MENTION);
    rows.add(of(RULE_MENTION_AROUND, p > 0 ? f.ruleMention[p - 1] : 7,
        p + 1 < tokens.size() ? f.ruleMention[p + 1] : 7), RULE_MENTION_AROUND);
    int[] counts = doc.of(key);
    boolean selfCapitalised = tokens.capitalised(p) && !tokens.leading(p) && !tokens.inCapsLine(p);
    int evidence = (counts[ArticleEvidence.CAPITALISED] - (selfCapitalised ? 1 : 0) > 0 ? 1 : 0)
        | (counts[ArticleEvidence.LOWER] > 0 ? 2 : 0) | counts[ArticleEvidence.RULE_WORD] << 2
        | counts[ArticleEvidence.RULE_SURNAME] << 3 | counts[ArticleEvidence.RULE_NOT_PERSON] << 4
        | counts[ArticleEvidence.FIRM] << 5;
    rows.add(of(DOC, evidence), DOC);
    rows.add(of(DOC_CASE, evidence, kase), DOC_CASE);
  }

  /** A list or gazetteer the token is in: alone, with its place in the run, with its case. */
  private static void flag(int b, int place, int kase, FeatureRows rows) {
    rows.add(of(FLAG, b), FLAG);
    rows.add(of(FLAG_PLACE, b, place & 3), FLAG_PLACE);
    rows.add(of(FLAG_CASE, b, kase), FLAG_CASE);
  }

  /** The lists and gazetteers of the token next to the one read. */
  private void neighbour(NameRuns f, int q, int template, FeatureRows rows) {
    for (int bits = flags(f, q); bits != 0; bits &= bits - 1) {
      rows.add(of(template, Integer.numberOfTrailingZeros(bits)), template);
    }
    for (long bits = f.tokens.lists(q); bits != 0; bits &= bits - 1) {
      rows.add(of(template, LISTS + Long.numberOfTrailingZeros(bits)), template);
    }
  }

  private void secondOnly(NameRuns f, ArticleEvidence doc, int p, FeatureRows rows) {
    Tokens tokens = f.tokens;
    int own = f.firstPass[p];
    rows.add(of(FIRST, own), FIRST);
    rows.add(of(FIRST_AROUND, p > 0 ? f.firstPass[p - 1] : 7, p + 1 < tokens.size() ? f.firstPass[p + 1] : 7),
        FIRST_AROUND);
    int[] counts = doc.of(tokens.key(p));
    int kase = (tokens.leading(p) ? 1 : 0) | (tokens.inCapsLine(p) ? 2 : 0);
    int named = 0;
    for (int tag = 0; tag < 5; tag++) {
      int elsewhere = counts[ArticleEvidence.FIRST_PASS + tag] - (tag == own ? 1 : 0);
      if (elsewhere > 0) {
        rows.add(of(DOC_TAG, tag), DOC_TAG);
        rows.add(of(DOC_TAG_CASE, tag, kase), DOC_TAG_CASE);
        named |= tag == 0 ? 1 : 2;
      }
    }
    rows.add(of(DOC_TAG, 8 + named), DOC_TAG);
  }

  private static int keyAt(Tokens tokens, int i) {
    return i < 0 || i >= tokens.size() ? EDGE : tokens.key(i).hashCode();
  }

  /** The word's form: X for capitals, x for small letters, d for digits, repeats folded ("Xx", "X.X.", "d-d"). */
  private static int shape(NameRuns f, int p) {
    String s = f.tokens.text();
    int h = 17;
    char previous = 0;
    int symbols = 0;
    for (int i = f.tokens.start(p), end = f.tokens.end(p); i < end && symbols < 8; i++) {
      char c = s.charAt(i);
      char cls = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      if (cls != previous) {
        h = h * 31 + cls;
        previous = cls;
        symbols++;
      }
    }
    return h;
  }

  private int flags(NameRuns f, int p) {
    int cached = f.facts.flags[p];
    if (cached >= 0) {
      return cached;
    }
    int flags = flags(f.tokens, p);
    f.facts.flags[p] = flags;
    return flags;
  }

  /**
   * Which of the people gazetteers hold the word and what its form says, one bit each: the gazetteers' bits
   * from one table lookup ({@link #GAZETTEER_BITS}), the form's from the word itself. The word lists every
   * extractor shares come with the token ({@link Tokens#lists}).
   */
  private int flags(Tokens tokens, int t) {
    if (!tokens.isWord(t)) {
      return tokens.isLineBreak(t) ? 1 << 24 : 1 << 25;
    }
    String k = tokens.key(t);
    int f = GAZETTEER_BITS.getOrDefault(k, 0);
    f |= g.isPlace(k) ? 1 << 3 : 0;
    f |= NameFinder.isInitial(tokens, t) ? 1 << 15 : 0;
    f |= tokens.capitalised(t) && NameShapes.looksLikeFamilyName(k, tokens.text(t)) ? 1 << 16 : 0;
    f |= NameFinder.isArabicArticleName(tokens, t) ? 1 << 22 : 0;
    f |= k.indexOf('-') > 0 ? 1 << 23 : 0;
    return f;
  }

  /** Every word of the gazetteers with the bits of those that hold it (the place list, by far the largest, apart). */
  private static final java.util.Map<String, Integer> GAZETTEER_BITS = gazetteerBits();

  private static java.util.Map<String, Integer> gazetteerBits() {
    Gazetteer g = Gazetteer.get();
    java.util.Map<String, Integer> bits = new java.util.HashMap<>(1 << 17);
    java.util.List<java.util.Set<String>> lists = java.util.Arrays.asList(g.given, g.family, g.asianFamily, null,
        g.majorPlaces, g.demonyms, g.organisations, g.common);
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
