package io.github.lede.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.lede.Articles;
import io.github.lede.model.Article;
import io.github.lede.model.DateMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the dates lede finds in each fixture article against its hand-written expected file: every date
 * expression in order (headline, captions, body), each with its TimeML value, and nothing more.
 */
class GoldenDatesTest {

  @TestFactory
  Stream<DynamicTest> everyExpectedDateIsFoundWithItsValue() {
    return Fixtures.cases().stream()
        .filter(c -> c.expected().containsKey("dates"))
        .map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  private static void check(Fixtures.Case c) {
    Article a = Articles.extract(c.raw(), null);
    List<String> expected = new ArrayList<>();
    Object dates = c.expected().get("dates");
    if (dates instanceof List<?> list) {
      for (Object o : list) {
        Map<?, ?> d = (Map<?, ?>) o;
        expected.add(d.get("text") + " = " + d.get("value"));
      }
    }
    List<String> found = new ArrayList<>();
    for (DateMention m : a.dates()) {
      found.add(m.text() + " = " + m.value());
    }
    assertEquals(String.join("\n", expected), String.join("\n", found), c.name() + " (published " + a.published() + ")");
  }
}
