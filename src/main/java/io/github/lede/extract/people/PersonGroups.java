package io.github.lede.extract.people;

import io.github.lede.text.WordList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people of one article as they are found, indexed by the words of their names, so that finding the
 * person a mention names looks only at the people who share a word with it: the work per mention stays
 * constant as an article (or a hostile input) names thousands of people.
 */
final class PersonGroups {
  private final List<PersonGroup> all = new ArrayList<>();
  private final Map<String, List<PersonGroup>> byWord = new HashMap<>();

  List<PersonGroup> all() {
    return all;
  }

  void create(Candidate c, int order) {
    PersonGroup g = new PersonGroup(all.size());
    g.firstOrder = order;
    all.add(g);
    add(g, c, order);
  }

  void add(PersonGroup g, Candidate c, int order) {
    g.add(c, order, word -> byWord.computeIfAbsent(word, k -> new ArrayList<>(2)).add(g));
  }

  /**
   * The person a candidate names: one whose words include all of the candidate's words (its surname, its
   * given name, or the full name), the one met most recently when several fit, the one found first on a tie.
   */
  PersonGroup match(Candidate c) {
    PersonGroup best = null;
    for (PersonGroup g : pool(c)) {
      if (PeopleExtractor.containsAll(g, c) && (best == null || g.lastSeen > best.lastSeen
          || g.lastSeen == best.lastSeen && g.index < best.index)) {
        best = g;
      }
    }
    return best;
  }

  /**
   * The people who have every word of the candidate that must match (neither an initial nor a particle, which
   * match without being among a person's words): the shortest list among those words', as every matching
   * person is on each of them. Not the first word's: "Anna Qal3x" would look at every Anna of the article,
   * and an article naming thousands of Annas would be quadratic. All people when no word must match.
   */
  private List<PersonGroup> pool(Candidate c) {
    if (c.size() == 1) {
      return byWord.getOrDefault(c.tokens.key(c.first()), List.of());
    }
    List<PersonGroup> pool = null;
    for (int i = c.from; i < c.to; i++) {
      if (!NameFinder.isInitial(c.tokens, i) && !c.tokens.in(i, WordList.NAME_PARTICLES)) {
        List<PersonGroup> having = byWord.getOrDefault(c.tokens.key(i), List.of());
        if (pool == null || having.size() < pool.size()) {
          pool = having;
        }
      }
    }
    return pool == null ? all : pool;
  }
}
