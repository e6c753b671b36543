package io.github.lede.eval;

import io.github.lede.extract.ArticleExtractor;
import io.github.lede.extract.ExplainedArticle;
import io.github.lede.extract.quotes.SpeakerTrainer;
import io.github.lede.model.Article;
import io.github.lede.model.ArticleField;
import io.github.lede.model.Quote;
import io.github.lede.model.RawArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Scores quotes and their speakers against PolNeAR-style brat data ({@link BratReader}). The extractor reads
 * each text whole and verbatim, as {@code Articles.extractVerbatim} does, so offsets line up with the
 * annotations. An extracted quote matches a gold quote when their spans overlap by at least half the shorter
 * of the two; matching is one-to-one, largest overlaps first. Speaker accuracy counts the matched quotes whose
 * gold source holds a capitalised word other than a pronoun: the speaker is right when the last such word is a
 * word of the extracted speaker (case-insensitive; words are runs of letters and digits).
 *
 * <p>The extracted speaker is what lede gives for it: the canonical name ({@link Quote#speaker()}) and the
 * speaker as the article writes it where it attributes the quote ({@link Quote#speakerAsWritten()}). PolNeAR's
 * Source spans are written phrases, often with an apposition or a party label after the name ("Charlie King,
 * a prominent New York Democrat", "Jason Chaffetz (R-Utah)"), whose last capitalised word is not the
 * speaker's name; the written phrase is what answers them. Two more counts are kept for diagnosis: the
 * canonical name alone against the whole span ({@link Score#nameOnlyAccuracy()}), and the canonical name
 * against the span's name part, before its first comma, bracket or "of/for/at/who" clause
 * ({@link Score#namePartAccuracy()}), the figure issue 15 sets its target on. Non-person sources ("a Coca-Cola
 * spokesman") are counted like people: their last capitalised word must be in the speaker lede keeps.
 */
public final class QuotesEval {
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
  /** Pronouns: personal, possessive, demonstrative, relative and indefinite ones. Articles are no pronouns. */
  private static final Set<String> PRONOUNS = Set.of(
      "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she",
      "her", "hers", "it", "its", "they", "them", "their", "theirs", "who", "whom", "whose", "which", "that",
      "this", "these", "those", "another", "other", "others", "some", "one", "someone", "somebody", "anyone",
      "everyone", "everybody", "nobody", "none", "all", "both", "each", "many", "several");

  private static final List<String> CLAUSE_WORDS = List.of(" of ", " for ", " at ", " who ");

  /** The counts and the figures derived from them. */
  public record Score(int gold, int found, int matched, int speakerCorrect, int speakerCounted,
      int nameOnlyCorrect, int namePartCorrect) {
    public double precision() {
      return found == 0 ? 0 : (double) matched / found;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Speaker accuracy as defined: the last capitalised non-pronoun word of the whole Source span. */
    public double speakerAccuracy() {
      return speakerCounted == 0 ? 0 : (double) speakerCorrect / speakerCounted;
    }

    /** The same, with the canonical name alone as the extracted speaker. */
    public double nameOnlyAccuracy() {
      return speakerCounted == 0 ? 0 : (double) nameOnlyCorrect / speakerCounted;
    }

    /** The canonical name alone, against the Source's name part (before an apposition). */
    public double namePartAccuracy() {
      return speakerCounted == 0 ? 0 : (double) namePartCorrect / speakerCounted;
    }
  }

  /** One error, for error analysis: what kind, in which document, and the text around it. */
  public record Error(String kind, String document, String detail) {}

  private QuotesEval() {}

  public static Score score(Path dir) throws IOException {
    return score(BratReader.read(dir), e -> {});
  }

  public static Score score(List<BratReader.Document> docs, Consumer<Error> errors) {
    return score(docs, errors, new RuleTable());
  }

  /**
   * As {@link #score(List, Consumer)}, counting in {@code rules}, per speaker rule (the attribution step and how
   * its phrase was read), the quotes found and, among those matched with a named gold source, the right ones.
   */
  public static Score score(List<BratReader.Document> docs, Consumer<Error> errors, RuleTable rules) {
    int gold = 0;
    int found = 0;
    int matched = 0;
    int correct = 0;
    int counted = 0;
    int namePart = 0;
    int nameOnly = 0;
    for (BratReader.Document doc : docs) {
      ExplainedArticle explained = EXTRACTOR.explainVerbatim(RawArticle.ofText(doc.text()), null);
      Map<String, String> why = new HashMap<>();
      for (ExplainedArticle.Span x : explained.spans()) {
        if (x.kind() == ExplainedArticle.Kind.SPEAKER) {
          why.put(x.field() + ":" + x.start() + ":" + x.end(), x.reason());
        }
      }
      List<Quote> quotes = explained.article().quotes().stream().filter(q -> q.field() == ArticleField.BODY)
          .toList();
      List<BratReader.GoldQuote> golds = doc.quotes();
      gold += golds.size();
      found += quotes.size();
      int[] match = match(quotes, golds);
      boolean[] goldMatched = new boolean[golds.size()];
      for (int i = 0; i < quotes.size(); i++) {
        Quote q = quotes.get(i);
        String rule = why.getOrDefault(q.field() + ":" + q.start() + ":" + q.end(), "?");
        rules.fired(rule);
        if (match[i] < 0) {
          errors.accept(new Error("spurious", doc.name(), show(q) + "  |  " + context(doc.text(), q.start(), q.end())));
          continue;
        }
        matched++;
        goldMatched[match[i]] = true;
        String source = golds.get(match[i]).source();
        String word = lastCapitalisedWord(source);
        if (word == null) {
          continue;
        }
        counted++;
        Set<String> nameWords = q.speaker() == null ? Set.of() : words(q.speaker());
        String key = word.toLowerCase(Locale.ROOT);
        if (nameWords.contains(nameWord(source))) {
          namePart++;
        }
        if (nameWords.contains(key)) {
          nameOnly++;
        }
        boolean right = nameWords.contains(key)
            || q.speakerAsWritten() != null && words(q.speakerAsWritten()).contains(key);
        rules.scored(rule, right);
        if (right) {
          correct++;
        } else {
          errors.accept(new Error("speaker", doc.name(), "gold \"" + golds.get(match[i]).source() + "\" found \""
              + q.speaker() + "\" as \"" + q.speakerAsWritten() + "\"  |  " + context(doc.text(), q.start(), q.end())));
        }
      }
      for (int g = 0; g < golds.size(); g++) {
        if (!goldMatched[g]) {
          BratReader.GoldQuote gq = golds.get(g);
          int[][] f = gq.fragments();
          errors.accept(new Error("missed", doc.name(), "by " + gq.source() + "  |  "
              + context(doc.text(), f[0][0], f[f.length - 1][1])));
        }
      }
    }
    return new Score(gold, found, matched, correct, counted, nameOnly, namePart);
  }

  /** For each found quote, the index of the gold quote it matches, or -1: one-to-one, largest overlap first. */
  static int[] match(List<Quote> quotes, List<BratReader.GoldQuote> golds) {
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      int length = q.end() - q.start();
      for (int g = 0; g < golds.size(); g++) {
        BratReader.GoldQuote gq = golds.get(g);
        int overlap = 0;
        for (int[] f : gq.fragments()) {
          overlap += Math.max(0, Math.min(q.end(), f[1]) - Math.max(q.start(), f[0]));
        }
        if (overlap > 0 && 2L * overlap >= Math.min(length, gq.length())) {
          pairs.add(new int[] {overlap, i, g});
        }
      }
    }
    pairs.sort(Comparator.<int[]>comparingInt(p -> -p[0]).thenComparingInt(p -> p[1]).thenComparingInt(p -> p[2]));
    int[] match = new int[quotes.size()];
    java.util.Arrays.fill(match, -1);
    boolean[] taken = new boolean[golds.size()];
    for (int[] p : pairs) {
      if (match[p[1]] < 0 && !taken[p[2]]) {
        match[p[1]] = p[2];
        taken[p[2]] = true;
      }
    }
    return match;
  }

  /**
   * The word that names a gold source's speaker, lower case: the last capitalised non-pronoun word of its
   * {@link #namePart}, else of the whole source; null when it has none ("he", "officials").
   */
  public static String nameWord(String source) {
    String word = lastCapitalisedWord(namePart(source));
    word = word != null ? word : lastCapitalisedWord(source);
    return word == null ? null : word.toLowerCase(Locale.ROOT);
  }

  /** The texts with their gold quotes and name words, for {@code lede train quotes}. */
  public static List<SpeakerTrainer.Example> examples(List<BratReader.Document> docs) {
    List<SpeakerTrainer.Example> out = new ArrayList<>();
    for (BratReader.Document d : docs) {
      List<SpeakerTrainer.Gold> golds = new ArrayList<>();
      for (BratReader.GoldQuote g : d.quotes()) {
        int[][] f = g.fragments();
        golds.add(new SpeakerTrainer.Gold(f[0][0], f[f.length - 1][1], g.source() == null ? null : nameWord(g.source())));
      }
      out.add(new SpeakerTrainer.Example(d.text(), golds));
    }
    return out;
  }

  /** The last word of the source that starts with a capital and is no pronoun, or null. */
  static String lastCapitalisedWord(String source) {
    if (source == null) {
      return null;
    }
    String last = null;
    for (String w : splitWords(source)) {
      if (Character.isUpperCase(w.charAt(0)) && !PRONOUNS.contains(w.toLowerCase(Locale.ROOT))) {
        last = w;
      }
    }
    return last;
  }

  /**
   * The source up to its first comma, bracket or "of", "for", "at" or "who" clause: "Charlie King" of "Charlie
   * King, a New York Democrat", "Mr. Morgan" of "Mr. Morgan of the Sierra Club". A clause word cuts only after
   * a name (two capitalised words or a courtesy title), so "Secretary of State John Kerry" and "a spokesman for
   * Coca-Cola" stay whole: their last capitalised word is the name, or the organisation that spoke.
   */
  static String namePart(String source) {
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == ',' || c == '(' || c == '[' || opensClause(source, i) && namesSomeone(source.substring(0, i))) {
        return source.substring(0, i);
      }
    }
    return source;
  }

  /** Whether an "of", "for", "at" or "who" clause opens at {@code i}: " of the Sierra Club", " who ran". */
  private static boolean opensClause(String source, int i) {
    for (String w : CLAUSE_WORDS) {
      if (source.startsWith(w, i)) {
        return true;
      }
    }
    return false;
  }

  /** Two capitalised words or a courtesy title: "Mr. Morgan", not the "Secretary" of "Secretary of State". */
  private static boolean namesSomeone(String part) {
    int capitals = 0;
    for (String w : splitWords(part)) {
      if (Character.isUpperCase(w.charAt(0))) {
        capitals++;
      }
      if (Set.of("mr", "ms", "mrs", "dr", "sen", "rep").contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return capitals >= 2;
  }

  private static Set<String> words(String s) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : splitWords(s)) {
      out.add(w.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static List<String> splitWords(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(s.substring(start, i));
      }
    }
    return out;
  }

  private static String show(Quote q) {
    return "\"" + abbreviate(q.text(), 60) + "\" by " + q.speaker();
  }

  private static String context(String text, int start, int end) {
    int from = Math.max(0, start - 80);
    int to = Math.min(text.length(), end + 80);
    return abbreviate(text.substring(from, start), 80).replace('\n', ' ') + "[[" + abbreviate(text.substring(start, end), 120)
        .replace('\n', ' ') + "]]" + text.substring(end, to).replace('\n', ' ');
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max / 2) + "…" + s.substring(s.length() - max / 2);
  }
}
