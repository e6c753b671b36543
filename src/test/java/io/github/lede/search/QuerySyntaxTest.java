package io.github.lede.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.QuerySyntaxException;
import io.github.lede.index.Schema;
import org.junit.jupiter.api.Test;

/** Malformed and hostile queries end in a {@link QuerySyntaxException} that points at the problem. */
class QuerySyntaxTest {
  private static QuerySyntaxException bad(String query) {
    return assertThrows(QuerySyntaxException.class, () -> Queries.parse(query, Schema.analyzer(), 4000));
  }

  @Test
  void unclosedGroupPointsAtTheEnd() {
    QuerySyntaxException e = bad("missile AND (launch");
    assertEquals(19, e.position());
    assertTrue(e.getMessage().contains("position 19"), e.getMessage());
    assertTrue(e.getMessage().endsWith("\n  " + " ".repeat(19) + "^"), e.getMessage());
  }

  @Test
  void danglingOperatorPointsAtTheEnd() {
    assertEquals(11, bad("missile AND").position());
  }

  @Test
  void strayTokenPointsAtIt() {
    QuerySyntaxException e = bad("missile ) launch");
    assertEquals(8, e.position());
    assertTrue(e.reason().contains("\")\""), e.reason());
  }

  @Test
  void unknownFieldPointsAtTheField() {
    QuerySyntaxException e = bad("missile AND colour:red");
    assertEquals(12, e.position());
    assertTrue(e.reason().startsWith("unknown field \"colour\""), e.reason());
  }

  @Test
  void badDatePointsAtTheField() {
    QuerySyntaxException e = bad("grid AND published:yesterday");
    assertEquals(9, e.position());
    assertTrue(e.reason().contains("is not a date"), e.reason());
  }

  @Test
  void emptyDateRangeIsRefused() {
    assertTrue(bad("published:[2024-06-30 TO 2024-06-01]").reason().contains("ends before it starts"));
    assertTrue(bad("published:{2024-06-01 TO 2024-06-02}").reason().contains("is empty"));
  }

  @Test
  void regularExpressionsAreRefused() {
    assertTrue(bad("/mis+ile/").reason().contains("regular expressions"));
  }

  @Test
  void leadingWildcardIsRefused() {
    bad("*issile");
  }

  @Test
  void deepNestingIsRefusedBeforeParsing() {
    QuerySyntaxException e = bad("(".repeat(40) + "a" + ")".repeat(40));
    assertEquals(32, e.position());
  }

  @Test
  void overlongQueryIsRefused() {
    assertThrows(QuerySyntaxException.class, () -> Queries.parse("word ".repeat(1000), Schema.analyzer(), 4000));
  }

  @Test
  void wildcardOnADateIsRefused() {
    assertTrue(bad("published:2024*").reason().contains("do not apply to dates"));
  }
}
