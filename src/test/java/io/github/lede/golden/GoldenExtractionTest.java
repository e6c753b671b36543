package io.github.lede.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.Articles;
import io.github.lede.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the fields the foundation extracts (headline, publication date, source, authors, dateline, dek,
 * body bounds, paragraph count, text it must and must not hold, captions, credits) against the hand-written
 * expected files in {@code index-fixtures/}. People, quotes and dates are checked by their extractors' own golden tests.
 */
class GoldenExtractionTest {

  @TestFactory
  Stream<DynamicTest> everyFixtureArticleMatchesItsExpectedFile() {
    return Fixtures.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  private static void check(Fixtures.Case c) {
    Article a = Articles.extract(c.raw(), null);
    Map<?, ?> e = c.expected();
    List<String> problems = new ArrayList<>();
    boolean derived = Boolean.TRUE.equals(e.get("headlineDerived"));
    if (e.containsKey("headlineDerived")) {
      compare(problems, "headlineDerived", derived, a.headlineDerived());
    }
    if (derived) {
      String got = a.headline().endsWith("…") ? a.headline().substring(0, a.headline().length() - 1) : a.headline();
      if (!((String) e.get("headline")).startsWith(got)) {
        problems.add("derived headline: expected a start of <" + e.get("headline") + "> but was <" + a.headline() + ">");
      }
    } else {
      compare(problems, "headline", e.get("headline"), a.headline());
    }
    if (e.containsKey("published")) {
      compare(problems, "published", e.get("published"), a.published() == null ? null : a.published().toString());
    }
    if (e.containsKey("source")) {
      compare(problems, "source", e.get("source"), a.source());
    }
    if (e.containsKey("authors")) {
      compare(problems, "authors", e.get("authors"), a.authors());
    }
    if (e.containsKey("dateline")) {
      compare(problems, "dateline", e.get("dateline"), a.dateline());
    }
    if (e.get("bodyStartsWith") instanceof String start && !a.body().startsWith(start)) {
      problems.add("body should start <" + start + "> but starts <" + head(a.body()) + ">");
    }
    if (e.get("bodyEndsWith") instanceof String end && !a.body().endsWith(end)) {
      problems.add("body should end <" + end + "> but ends <" + tail(a.body()) + ">");
    }
    if (e.containsKey("dek")) {
      compare(problems, "dek", e.get("dek"), a.dek());
    }
    if (e.get("bodyLacks") instanceof List<?> lacks) {
      String page = source(c);
      for (Object part : lacks) {
        // Text the page does not hold at all would be lacked trivially: the check would prove nothing.
        if (!page.contains((String) part)) {
          problems.add("bodyLacks <" + part + "> is not in the fixture at all");
        } else if (a.body().contains((String) part)) {
          problems.add("body should not hold <" + part + ">");
        }
      }
    }
    if (e.get("bodyHas") instanceof List<?> has) {
      for (Object part : has) {
        if (!a.body().contains((String) part)) {
          problems.add("body should hold <" + part + ">");
        }
      }
    }
    if (e.get("paragraphs") instanceof Number n) {
      compare(problems, "paragraphs", n.intValue(), a.paragraphs().size());
    }
    if (e.containsKey("captions")) {
      compare(problems, "captions", e.get("captions"), a.captions());
    }
    if (e.containsKey("credits")) {
      compare(problems, "credits", e.get("credits"), a.credits());
    }
    assertTrue(problems.isEmpty(), c.name() + ":\n  " + String.join("\n  ", problems));
  }

  private static void compare(List<String> problems, String what, Object expected, Object actual) {
    // The expected files write null for "lede must find none"; for a list that is the empty list.
    if (expected == null && actual instanceof List<?> l && l.isEmpty()) {
      return;
    }
    try {
      assertEquals(expected, actual);
    } catch (AssertionError err) {
      problems.add(what + ": expected <" + expected + "> but was <" + actual + ">");
    }
  }

  private static String source(Fixtures.Case c) {
    try {
      return Files.readString(c.file());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String head(String s) {
    return s.substring(0, Math.min(60, s.length()));
  }

  private static String tail(String s) {
    return s.substring(Math.max(0, s.length() - 60));
  }
}
