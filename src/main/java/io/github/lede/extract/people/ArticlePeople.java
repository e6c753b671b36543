package io.github.lede.extract.people;

import io.github.lede.model.Person;
import java.util.List;

/**
 * The people of one article, as {@link PeopleExtractor} finds them, with why: for each person the step that
 * made them a person ({@link PersonRule}, or "list-of-people"), and for each mention, in the order of
 * {@link Person#mentions()}, the step that decided it or "named-elsewhere" for a run that is a person only
 * because the article names them in full elsewhere. Quote attribution takes this, not a list of people: its
 * speakers are these people, so it runs after the people finder by its type, not by the order of calls.
 */
public final class ArticlePeople {
  private final List<Person> people;
  private final List<String> reasons;
  private final List<List<String>> mentionReasons;

  ArticlePeople(List<Person> people, List<String> reasons, List<List<String>> mentionReasons) {
    this.people = List.copyOf(people);
    this.reasons = List.copyOf(reasons);
    this.mentionReasons = List.copyOf(mentionReasons);
  }

  /** The people, in the order the article introduces them. */
  public List<Person> people() {
    return people;
  }

  /** Why person {@code p} is a person: the step that decided their first decided mention. */
  public String reason(int p) {
    return reasons.get(p);
  }

  /** Why mention {@code m} of person {@code p} is theirs. */
  public String mentionReason(int p, int m) {
    return mentionReasons.get(p).get(m);
  }
}
