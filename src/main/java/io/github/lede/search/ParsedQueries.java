package io.github.lede.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.search.Query;

/**
 * The last few hundred query strings and the Lucene queries they parse to. Parsing runs the analyzer over
 * every term and builds the quote joins, which for a short query costs about as much as the search itself;
 * interactive use and paging repeat the same strings, so a small cache pays. Lucene queries are immutable,
 * which makes sharing one across threads safe. Failures are not cached: they throw on every call; nor is a
 * null parse (a blank quote query), which is cheap anyway.
 */
final class ParsedQueries {
  private static final int CAPACITY = 512;

  private final Function<String, Query> parser;
  private final Map<String, Query> recent = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Query> eldest) {
      return size() > CAPACITY;
    }
  };

  ParsedQueries(Function<String, Query> parser) {
    this.parser = parser;
  }

  Query get(String query) {
    synchronized (recent) {
      Query q = recent.get(query);
      if (q != null) {
        return q;
      }
    }
    // Parse outside the lock: two threads may parse the same string once each, which is harmless.
    Query q = parser.apply(query);
    if (q != null) {
      synchronized (recent) {
        recent.put(query, q);
      }
    }
    return q;
  }
}
