package io.github.lede.search;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.lede.QuerySyntaxException;
import io.github.lede.index.Schema;
import org.junit.jupiter.api.Test;

class ParsedQueriesTest {
  private final ParsedQueries parsed = new ParsedQueries(q -> Queries.parse(q, Schema.analyzer(), 1000));
  private final ParsedQueries quotes = new ParsedQueries(q -> Queries.parseQuotes(q, Schema.analyzer(), 1000));

  @Test
  void aRepeatedQueryIsParsedOnce() {
    assertSame(parsed.get("ceasefire talks"), parsed.get("ceasefire talks"));
    assertNotSame(parsed.get("ceasefire talks"), parsed.get("ceasefire"));
  }

  @Test
  void aBadQueryFailsEveryTime() {
    assertThrows(QuerySyntaxException.class, () -> parsed.get("\"unclosed"));
    assertThrows(QuerySyntaxException.class, () -> parsed.get("\"unclosed"));
  }

  @Test
  void aBlankQuoteQueryParsesToNothingAndIsNotKept() {
    assertNull(quotes.get(" "));
    assertSame(quotes.get("budget"), quotes.get("budget"));
  }
}
