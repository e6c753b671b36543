package io.github.lede;

import io.github.lede.model.Article;
import io.github.lede.model.FacetCount;
import io.github.lede.model.Person;
import io.github.lede.model.SearchRequest;
import io.github.lede.store.ArticleStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Links across articles: a person an article names by one word alone ("Reagan") takes the full name the
 * index pairs with that word as a surname ("Ronald Reagan"), when one full name clearly dominates, so that
 * the people facet and {@code person:"Ronald Reagan"} count that article too. The mentions keep the name as
 * the article writes it.
 *
 * <p>"Clearly dominates": the full name ends in that word in at least {@value #MIN_ARTICLES} articles, and in
 * at least {@value #RATIO} times as many articles as any other full name ending in it. Otherwise the surname
 * is ambiguous ("Baker": James Baker and Howard Baker) and stays as written.
 *
 * <p>The counts are what the store held when the first batch of this {@code Lede} began (its people facet,
 * which any store answers) plus the articles indexed since, in input order, each counting the full names it
 * writes itself (a linked name is no evidence). So the order of indexing matters: an article indexed before
 * its surname's full name reached the threshold keeps the surname; indexing it again (same id, an update)
 * links it. Used under the batch lock, one article at a time.
 */
final class SurnameLinks {
  static final int MIN_ARTICLES = 3;
  static final int RATIO = 3;
  /** The store's most frequent people read at the start: enough for any surname that can dominate. */
  private static final int KNOWN_PEOPLE = 100_000;

  /** Lower-cased surname to full name to articles. */
  private final Map<String, Map<String, Integer>> bySurname = new HashMap<>();
  private boolean loaded;

  /** Reads the store's people the first time a batch begins. */
  void load(ArticleStore store) {
    if (loaded) {
      return;
    }
    loaded = true;
    List<FacetCount> known;
    try {
      known = store.people(SearchRequest.builder("").build(), KNOWN_PEOPLE);
    } catch (SearchTimeoutException e) {
      // A store too large to count within the search time limit: links come from this batch's own articles
      // only. Linking is a refinement of the people found; it must not stop the batch.
      known = List.of();
    }
    for (FacetCount f : known) {
      count(f.value(), (int) f.articles());
    }
  }

  /** The article with its one-word people linked, and its own full names counted. */
  Article link(Article article) {
    Set<String> names = new HashSet<>();
    for (Person p : article.people()) {
      names.add(p.name());
    }
    List<Person> linked = null;
    for (int i = 0; i < article.people().size(); i++) {
      Person p = article.people().get(i);
      String full = p.name().indexOf(' ') < 0 ? dominant(p.name()) : null;
      if (full != null && !names.contains(full)) {
        if (linked == null) {
          linked = new ArrayList<>(article.people());
        }
        linked.set(i, new Person(full, p.role(), p.mentions()));
      }
    }
    for (String name : names) {
      if (name.indexOf(' ') > 0) {
        count(name, 1);
      }
    }
    return linked == null ? article : article.toBuilder().people(linked).build();
  }

  /** The full name that clearly dominates this surname, or null. */
  String dominant(String surname) {
    Map<String, Integer> full = bySurname.get(surname.toLowerCase(Locale.ROOT));
    if (full == null) {
      return null;
    }
    String best = null;
    int top = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : full.entrySet()) {
      int n = e.getValue();
      if (n > top || n == top && best != null && e.getKey().compareTo(best) < 0) {
        second = Math.max(second, top);
        top = n;
        best = e.getKey();
      } else {
        second = Math.max(second, n);
      }
    }
    return top >= MIN_ARTICLES && top >= RATIO * second ? best : null;
  }

  private void count(String fullName, int articles) {
    int space = fullName.lastIndexOf(' ');
    if (space < 0) {
      return;
    }
    String surname = fullName.substring(space + 1).toLowerCase(Locale.ROOT);
    bySurname.computeIfAbsent(surname, k -> new HashMap<>()).merge(fullName, articles, Integer::sum);
  }
}
