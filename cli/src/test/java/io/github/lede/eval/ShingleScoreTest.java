package io.github.lede.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Zyte benchmark's scoring, on small texts whose figures are worked out by hand. */
class ShingleScoreTest {
  private static final double EPS = 1e-9;

  @Test
  void identicalTextsScoreOne() {
    ShingleScore.Page p = ShingleScore.page("a b c d e", "a b c d e");
    assertEquals(new ShingleScore.Page(1, 0, 0), p);
    ShingleScore.Result r = ShingleScore.aggregate(List.of(p));
    assertEquals(1, r.precision(), EPS);
    assertEquals(1, r.recall(), EPS);
  }

  @Test
  void countsAreNormalisedPerPage() {
    // Truth has three shingles, the prediction one of them: tp 1, fn 2 of 3.
    ShingleScore.Page p = ShingleScore.page("one two three four five six", "one two three four");
    assertEquals(1.0 / 3, p.tp(), EPS);
    assertEquals(0, p.fp(), EPS);
    assertEquals(2.0 / 3, p.fn(), EPS);
  }

  @Test
  void emptyPredictionCountsOnlyTowardsRecallAndEmptyTruthOnlyTowardsPrecision() {
    ShingleScore.Page partial = ShingleScore.page("one two three four five six", "one two three four");
    ShingleScore.Page nothingFound = ShingleScore.page("one two three four", "");
    ShingleScore.Page nothingWanted = ShingleScore.page("", "one two three four");
    assertEquals(new ShingleScore.Page(0, 0, 1), nothingFound);
    assertEquals(new ShingleScore.Page(0, 1, 0), nothingWanted);
    ShingleScore.Result r = ShingleScore.aggregate(List.of(partial, nothingFound, nothingWanted));
    assertEquals(0.5, r.precision(), EPS); // (1 + 0) / 2
    assertEquals(1.0 / 6, r.recall(), EPS); // (1/3 + 0) / 2
    assertEquals(0.25, r.f1(), EPS);
    assertEquals(3, r.pages());
  }

  @Test
  void pagesWithoutTokensOnEitherSideAreLeftOut() {
    ShingleScore.Page empty = ShingleScore.page("", "...");
    assertEquals(new ShingleScore.Page(0, 0, 0), empty);
    ShingleScore.Result r = ShingleScore.aggregate(List.of(empty, ShingleScore.page("a b c d", "a b c d")));
    assertEquals(1, r.precision(), EPS);
    assertEquals(1, r.recall(), EPS);
  }

  @Test
  void shinglesAreCountedAsMultisets() {
    // Truth: "a b c d" twice plus three others = 5 shingles; the prediction matches one of them.
    ShingleScore.Page p = ShingleScore.page("a b c d a b c d", "a b c d");
    assertEquals(0.2, p.tp(), EPS);
    assertEquals(0.8, p.fn(), EPS);
    // A prediction that repeats a shingle more often than the truth pays for the extra copies.
    ShingleScore.Page q = ShingleScore.page("a b c d", "a b c d. a b c d");
    // Its five shingles: "a b c d" twice, "b c d a", "c d a b", "d a b c"; one matches, four are extra.
    assertEquals(0.2, q.tp(), EPS);
    assertEquals(0.8, q.fp(), EPS);
  }

  @Test
  void aTextShorterThanOneShingleIsOneShingleOfAllItsTokens() {
    assertEquals(Map.of("Hello world", 1), ShingleScore.shingles("Hello, world!"));
    assertEquals(Map.of(), ShingleScore.shingles("  — ... "));
  }

  @Test
  void tokensAreUnicodeWordRunsAndCaseMatters() {
    assertEquals(List.of("Straße", "café_1", "２", "Ⅻ", "½"), ShingleScore.tokens("Straße, café_1 (２) Ⅻ ½!"));
    // A combining mark is not a word character for Python's re, so it splits the token.
    assertEquals(List.of("nai", "ve"), ShingleScore.tokens("nai\u0308ve"));
    assertEquals(List.of("漢字", "かな"), ShingleScore.tokens("漢字、かな。"));
    ShingleScore.Page p = ShingleScore.page("A b c d", "a b c d");
    assertEquals(new ShingleScore.Page(0, 0.5, 0.5), p);
  }
}
