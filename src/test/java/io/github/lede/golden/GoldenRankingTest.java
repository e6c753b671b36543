package io.github.lede.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.IndexSummary;
import io.github.lede.Lede;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The expected first hit for queries over the fixtures ({@code src/test/resources/golden/queries-*.tsv}:
 * query, tab, the headline that must rank first), with highlights that point at the query's words.
 */
class GoldenRankingTest {
  private static Lede lede;
  private static IndexSummary summary;

  @BeforeAll
  static void indexFixtures() {
    lede = Lede.inMemory();
    summary = lede.index(List.of(Fixtures.DIR), io.github.lede.IndexListener.NONE);
  }

  @AfterAll
  static void close() {
    lede.close();
  }

  @Test
  void everyFixtureArticleIsIndexed() {
    assertTrue(summary.ok(), summary.failures().toString());
    assertEquals(Fixtures.cases().size(), summary.indexed());
    assertEquals(0, summary.updated(), "two fixtures share an id");
  }

  record Case(String query, String headline) {}

  static List<Case> cases() {
    List<Case> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden"))) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("queries-")).sorted().toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            String[] parts = line.split("\t");
            out.add(new Case(parts[0], parts[1]));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Test
  void thereAreAtLeastTenGoldenQueries() {
    assertTrue(cases().size() >= 10, "only " + cases().size());
  }

  @TestFactory
  Stream<DynamicTest> expectedArticleRanksFirst() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.query(), () -> {
      List<SearchHit> hits = lede.search(SearchRequest.builder(c.query()).size(3).build()).hits();
      assertFalse(hits.isEmpty(), "no hits for " + c.query());
      assertEquals(c.headline(), hits.get(0).headline(), "first hit for " + c.query());
      assertFalse(hits.get(0).highlights().isEmpty(), "no highlights for " + c.query());
    }));
  }
}
