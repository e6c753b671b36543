package io.github.lede.eval;

import io.github.lede.extract.ArticleExtractor;
import io.github.lede.extract.ExplainedArticle;
import io.github.lede.model.Article;
import io.github.lede.model.ArticleField;
import io.github.lede.model.Mention;
import io.github.lede.model.Person;
import io.github.lede.model.RawArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Scores person mentions against CoNLL-2003-style data, conlleval style: a found mention is correct when its
 * token span equals a gold PER span exactly. The extractor sees each document's text alone (no headline, no
 * metadata); a mention counts for the tokens it covers.
 */
public final class PeopleEval {
  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

  /** One document's errors, for error analysis: missed gold spans and spurious found spans, as text. */
  public record Errors(List<String> missed, List<String> spurious) {}

  private PeopleEval() {}

  public static Prf score(Path conll) throws IOException {
    return score(ConllReader.read(conll, "PER"), e -> {});
  }

  public static Prf score(List<ConllReader.Document> docs, Consumer<Errors> errors) {
    return score(docs, errors, new RuleTable());
  }

  /** As {@link #score(List, Consumer)}, counting in {@code rules} how often each person rule fired and was right. */
  public static Prf score(List<ConllReader.Document> docs, Consumer<Errors> errors, RuleTable rules) {
    int gold = 0;
    int found = 0;
    int correct = 0;
    for (ConllReader.Document doc : docs) {
      Set<ConllReader.TokenSpan> goldSpans = new HashSet<>(doc.gold());
      Map<ConllReader.TokenSpan, String> foundRules = found(doc);
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

  /** The token spans of the body's person mentions, each with the rule that decided it (the first one's). */
  private static Map<ConllReader.TokenSpan, String> found(ConllReader.Document doc) {
    ExplainedArticle a = EXTRACTOR.explainVerbatim(RawArticle.ofText(doc.text()), null);
    Map<ConllReader.TokenSpan, String> spans = new LinkedHashMap<>();
    for (ExplainedArticle.Span m : a.spans()) {
      if (m.kind() != ExplainedArticle.Kind.PERSON || m.field() != ArticleField.BODY) {
        continue;
      }
      ConllReader.TokenSpan s = tokens(doc, m.start(), m.end());
      if (s != null) {
        spans.putIfAbsent(s, rule(m.reason()));
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
