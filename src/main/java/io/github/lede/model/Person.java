package io.github.lede.model;

import java.util.List;
import java.util.Objects;

/**
 * One person in one article: the fullest form of the name the article uses, the title or role kept apart
 * from the name (null when the article gives none), and every mention.
 */
public record Person(String name, String role, List<Mention> mentions) {
  public Person {
    Objects.requireNonNull(name, "name");
    mentions = List.copyOf(mentions);
  }
}
