package io.github.lede.eval;

import io.github.lede.extract.people.ArticlePeople;
import io.github.lede.extract.people.PeopleExtractor;
import io.github.lede.extract.people.PeopleTrainer;
import io.github.lede.model.Article;
import io.github.lede.model.ArticleField;
import io.github.lede.model.Mention;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Scores person mentions against CoNLL-2003-style data, conlleval style: a found mention is correct when its
 * token span equals a gold PER span exactly. The extractor sees each document's text alone (no headline, no
 * metadata); a mention counts for the tokens it covers.
 */
public final class PeopleEval {
  /** One document's errors, for error analysis: missed gold spans and spurious found spans, as text. */
  public record Errors(List<String> missed, List<String> spurious) {}

  private PeopleEval() {}

  public static Prf score(Path conll) throws IOException {
    return score(ConllReader.read(conll, "PER"), new PeopleExtractor(), e -> {});
  }

  /** Scores {@code people} (the shipped model, a model of one's own, or the rules alone) on the documents. */
  public static Prf score(List<ConllReader.Document> docs, PeopleExtractor people, Consumer<Errors> errors) {
    return score(docs, people, errors, new RuleTable());
  }

  /**
   * As {@link #score(List, PeopleExtractor, Consumer)}, counting in {@code rules} how often each step (a rule,
   * or the tagger and what the rules said) decided a mention found, and how often it was right.
   */
  public static Prf score(List<ConllReader.Document> docs, PeopleExtractor people, Consumer<Errors> errors,
      RuleTable rules) {
    int gold = 0;
    int found = 0;
    int correct = 0;
    for (ConllReader.Document doc : docs) {
      Set<ConllReader.TokenSpan> goldSpans = new HashSet<>(doc.gold());
      Map<ConllReader.TokenSpan, String> foundRules = found(doc, people);
      Set<ConllReader.TokenSpan> foundSpans = foundRules.keySet();
      gold += goldSpans.size();
      found += foundSpans.size();
      List<String> missed = new ArrayList<>();
      List<String> spurious = new ArrayList<>();
      for (ConllReader.TokenSpan s : foundSpans) {
        String rule = foundRules.get(s);
        rules.fired(rule);
        rules.scored(rule, goldSpans.contains(s));
        if (goldSpans.contains(s)) {
          correct++;
        } else {
          spurious.add(context(doc, s));
        }
      }
      for (ConllReader.TokenSpan s : goldSpans) {
        if (!foundSpans.contains(s)) {
          missed.add(context(doc, s));
        }
      }
      errors.accept(new Errors(missed, spurious));
    }
    return new Prf(correct, found, gold);
  }

  /**
   * Scores held-back examples for training as {@code lede eval people} scores documents: {@code docs} are
   * the documents the examples were made from, in the same order.
   */
  public static PeopleTrainer.Scorer scorer(List<ConllReader.Document> docs, List<PeopleTrainer.Example> examples) {
    java.util.Map<PeopleTrainer.Example, ConllReader.Document> source = new java.util.IdentityHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      source.put(examples.get(i), docs.get(i));
    }
    return (people, held) -> {
      Prf s = score(held.stream().map(source::get).toList(), people, e -> {});
      return new PeopleTrainer.Scored(s.f1(), String.format(java.util.Locale.ROOT, "F1 %.4f (P %.4f, R %.4f)",
          s.f1(), s.precision(), s.recall()));
    };
  }

  /** The documents as training examples: each text with its gold mentions as character spans. */
  public static List<PeopleTrainer.Example> examples(List<ConllReader.Document> docs) {
    List<PeopleTrainer.Example> examples = new ArrayList<>(docs.size());
    for (ConllReader.Document d : docs) {
      int[] spans = new int[d.gold().size() * 2];
      for (int i = 0; i < d.gold().size(); i++) {
        spans[2 * i] = d.tokenStarts()[d.gold().get(i).start()];
        spans[2 * i + 1] = d.tokenEnds()[d.gold().get(i).end() - 1];
      }
      examples.add(new PeopleTrainer.Example(d.text(), spans));
    }
    return examples;
  }

  /**
   * What {@code lede extract --raw} finds (the text verbatim as the body, no headline): the token spans of the
   * person mentions, each with the step that decided it (the first mention's, where two share a span).
   */
  private static Map<ConllReader.TokenSpan, String> found(ConllReader.Document doc, PeopleExtractor people) {
    Article a = Article.builder("conll", "", doc.text()).build();
    ArticlePeople found = people.extract(a);
    Map<ConllReader.TokenSpan, String> spans = new LinkedHashMap<>();
    for (int p = 0; p < found.people().size(); p++) {
      List<Mention> mentions = found.people().get(p).mentions();
      for (int m = 0; m < mentions.size(); m++) {
        Mention mention = mentions.get(m);
        if (mention.field() != ArticleField.BODY) {
          continue;
        }
        ConllReader.TokenSpan s = tokens(doc, mention.start(), mention.end());
        if (s != null) {
          spans.putIfAbsent(s, rule(found.mentionReason(p, m)));
        }
      }
    }
    return spans;
  }

  /** A mention's rule for the table: its step, or for a run joined to a person named elsewhere, its step alone. */
  static String rule(String reason) {
    int alone = reason.indexOf("; alone: ");
    return alone < 0 ? reason : "named elsewhere, alone: " + reason.substring(alone + "; alone: ".length());
  }

  /** The tokens a character span covers: from the token holding its start to the one holding its end. */
  private static ConllReader.TokenSpan tokens(ConllReader.Document doc, int start, int end) {
    int first = Arrays.binarySearch(doc.tokenEnds(), start + 1);
    first = first >= 0 ? first : -first - 1;
    int last = Arrays.binarySearch(doc.tokenStarts(), end - 1);
    last = last >= 0 ? last : -last - 2;
    return first <= last && first < doc.tokenStarts().length ? new ConllReader.TokenSpan(first, last + 1) : null;
  }

  private static String context(ConllReader.Document doc, ConllReader.TokenSpan s) {
    int from = doc.tokenStarts()[Math.max(0, s.start() - 4)];
    int to = doc.tokenEnds()[Math.min(doc.tokenEnds().length - 1, s.end() + 3)];
    String mention = doc.text().substring(doc.tokenStarts()[s.start()], doc.tokenEnds()[s.end() - 1]);
    return mention + "  |  " + doc.text().substring(from, to).replace('\n', ' ');
  }
}
