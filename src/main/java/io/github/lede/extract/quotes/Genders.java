package io.github.lede.extract.quotes;

import io.github.lede.text.WordList;
import io.github.lede.model.Article;
import io.github.lede.model.Mention;
import io.github.lede.model.Person;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an article says of each person's gender, for "he" and "she": a courtesy title before a mention ("Mr.
 * Putin", "Ms. Moore") or a gendered role ("spokeswoman", "King"); failing those, a given name that is given to
 * one sex only (lists generated from faker's locales by {@code tools/gazetteers/genders.mjs}; "Kim" or
 * "Andrea", given to both, say nothing). When nothing says, the gender is unknown and the person fits either
 * pronoun.
 */
final class Genders {
  private static final Set<String> FEMALE_NAMES = load("given-female.txt");
  private static final Set<String> MALE_NAMES = load("given-male.txt");

  static final int UNKNOWN = 0;
  static final int MALE = 1;
  static final int FEMALE = 2;

  private final int[] genders;

  private Genders(int[] genders) {
    this.genders = genders;
  }

  static Genders of(Article article, List<Person> people) {
    int[] g = new int[people.size()];
    for (int p = 0; p < people.size(); p++) {
      Person person = people.get(p);
      int male = 0;
      int female = 0;
      if (person.role() != null) {
        for (String w : person.role().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
          male += WordList.MALE_WORDS.contains(w) ? 1 : 0;
          female += WordList.FEMALE_WORDS.contains(w) ? 1 : 0;
        }
      }
      for (Mention m : person.mentions()) {
        String title = wordBefore(article.text(m.field(), m.index()), m.start());
        male += WordList.MALE_WORDS.contains(title) ? 1 : 0;
        female += WordList.FEMALE_WORDS.contains(title) ? 1 : 0;
      }
      if (male == 0 && female == 0) {
        String given = firstWord(person.name());
        male += MALE_NAMES.contains(given) ? 1 : 0;
        female += FEMALE_NAMES.contains(given) ? 1 : 0;
      }
      g[p] = male > 0 && female == 0 ? MALE : female > 0 && male == 0 ? FEMALE : UNKNOWN;
    }
    return new Genders(g);
  }

  private static String firstWord(String name) {
    int space = name.indexOf(' ');
    return (space < 0 ? "" : name.substring(0, space)).toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  private static Set<String> load(String resource) {
    try (InputStream in = Genders.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Set<String> out = new HashSet<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          if (!line.isBlank()) {
            out.add(line.strip());
          }
        }
      }
      return Set.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int of(int person) {
    return genders[person];
  }

  /** The word just before offset {@code at} (lower case, without a dot): "mr" in "Mr. Putin". */
  private static String wordBefore(String text, int at) {
    int i = Math.min(at, text.length()) - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '.')) {
      i--;
    }
    int end = i + 1;
    while (i >= 0 && end - i <= 14 && Character.isLetter(text.charAt(i))) {
      i--;
    }
    return text.substring(i + 1, end).toLowerCase(Locale.ROOT);
  }
}
