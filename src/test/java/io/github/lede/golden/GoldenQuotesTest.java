package io.github.lede.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.Articles;
import io.github.lede.model.Article;
import io.github.lede.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every quote the expected files list is found, in order (headline, captions, body), with its speaker and the
 * kind of speaker (and the speaker as written, where the file gives it); and no other quote is reported. The expected files list quoted passages one by one; lede
 * joins the passages of one statement ("...," Seo said. "...") into one quote whose text separates them with
 * " … ", so each of those passages is compared, with the statement's speaker.
 */
class GoldenQuotesTest {

  @TestFactory
  Stream<DynamicTest> everyExpectedQuoteWithItsSpeaker() {
    return Fixtures.cases().stream()
        .filter(c -> c.expected().containsKey("quotes"))
        .map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  static void check(Fixtures.Case c) {
    Article a = Articles.extract(c.raw(), null);
    List<Quote> passages = new ArrayList<>();
    for (Quote q : a.quotes()) {
      for (String passage : q.text().split(" … ")) {
        passages.add(new Quote(passage, q.speaker(), q.speakerKind(), q.speakerAsWritten(), q.field(), q.index(), q.start(), q.end()));
      }
    }
    List<?> expected = c.expected().get("quotes") instanceof List<?> l ? l : List.of();
    List<String> problems = new ArrayList<>();
    int n = Math.max(expected.size(), passages.size());
    for (int i = 0; i < n; i++) {
      Map<?, ?> e = i < expected.size() ? (Map<?, ?>) expected.get(i) : null;
      Quote q = i < passages.size() ? passages.get(i) : null;
      if (e == null) {
        problems.add("unexpected quote " + describe(q));
        continue;
      }
      if (q == null) {
        problems.add("missing quote starting \"" + e.get("startsWith") + "\" by " + e.get("speaker"));
        continue;
      }
      if (!q.text().startsWith((String) e.get("startsWith"))) {
        problems.add("quote " + (i + 1) + ": expected one starting \"" + e.get("startsWith") + "\" but found "
            + describe(q));
        continue;
      }
      if (!Objects.equals(e.get("speaker"), q.speaker())) {
        problems.add("quote " + (i + 1) + " \"" + e.get("startsWith") + "\": speaker expected " + e.get("speaker")
            + " but was " + q.speaker());
      }
      if (e.containsKey("speakerAsWritten") && !Objects.equals(e.get("speakerAsWritten"), q.speakerAsWritten())) {
        problems.add("quote " + (i + 1) + " \"" + e.get("startsWith") + "\": speaker as written expected "
            + e.get("speakerAsWritten") + " but was " + q.speakerAsWritten());
      }
      if (e.containsKey("speakerKind") && !Objects.equals(e.get("speakerKind"), q.speakerKind().jsonName())) {
        problems.add("quote " + (i + 1) + " \"" + e.get("startsWith") + "\": speaker kind expected "
            + e.get("speakerKind") + " but was " + q.speakerKind().jsonName());
      }
    }
    assertTrue(problems.isEmpty(), c.name() + ":\n  " + String.join("\n  ", problems));
  }

  private static String describe(Quote q) {
    String t = q.text().length() > 40 ? q.text().substring(0, 40) + "..." : q.text();
    return "\"" + t + "\" by " + q.speaker() + " (" + q.field().jsonName() + ")";
  }
}
