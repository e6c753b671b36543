package io.github.lede.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.Articles;
import io.github.lede.model.Article;
import io.github.lede.model.Mention;
import io.github.lede.model.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every person the expected files list is found under the right canonical name, with their mentions in
 * order and their role; and nobody else (no organisation, place or publication) is reported as a person.
 */
class GoldenPeopleTest {

  @TestFactory
  Stream<DynamicTest> everyExpectedPersonAndNoOther() {
    return Fixtures.cases().stream()
        .filter(c -> c.expected().containsKey("people"))
        .map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  static void check(Fixtures.Case c) {
    Article a = Articles.extract(c.raw(), null);
    List<String> problems = new ArrayList<>();
    List<?> expected = c.expected().get("people") instanceof List<?> l ? l : List.of();
    List<String> expectedNames = new ArrayList<>();
    for (Object o : expected) {
      Map<?, ?> e = (Map<?, ?>) o;
      String name = (String) e.get("name");
      expectedNames.add(name);
      Person p = a.people().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
      if (p == null) {
        problems.add("missing " + name);
        continue;
      }
      List<String> mentions = p.mentions().stream().map(Mention::text).toList();
      if (e.get("mentions") instanceof List<?> want && !want.equals(mentions)) {
        problems.add(name + " mentions: expected " + want + " but was " + mentions);
      }
      if (e.containsKey("role") && !Objects.equals(e.get("role"), p.role())) {
        problems.add(name + " role: expected " + e.get("role") + " but was " + p.role());
      }
    }
    for (Person p : a.people()) {
      if (!expectedNames.contains(p.name())) {
        problems.add("not a person in this article: " + p.name() + " " + p.mentions().stream().map(Mention::text).toList());
      }
    }
    assertTrue(problems.isEmpty(), c.name() + ":\n  " + String.join("\n  ", problems));
  }
}
