package io.github.lede.search;

import io.github.lede.model.Article;
import io.github.lede.model.ArticleField;
import io.github.lede.model.DateMention;
import io.github.lede.model.Mention;
import io.github.lede.model.Person;
import io.github.lede.model.Quote;
import io.github.lede.model.SpeakerKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Articles for the hostile-query suite, made from a fixed seed: ordinary news-like ones over a vocabulary
 * wide enough for a prefix to expand to thousands of terms, and a few built to be hard on search output:
 * one long line of a megabyte, one with thousands of dates and people, one written in scripts and marks
 * that trouble text handling (right-to-left, combining, emoji, lone surrogates, NUL).
 */
final class HostileCorpus {
  static final String LONG_LINE_ID = "long-line";
  static final String MANY_LISTS_ID = "many-lists";
  static final String ODD_TEXT_ID = "odd-text";

  private final Random random;
  private final List<String> vocabulary = new ArrayList<>();

  HostileCorpus(long seed, int words) {
    random = new Random(seed);
    String[] syllables = {"ba", "ko", "ri", "tan", "mel", "su", "gra", "de", "lo", "vin", "or", "pe", "xu", "ham",
        "ce", "fi", "zo", "quen", "ya", "wu", "ja", "nir", "es", "tol"};
    while (vocabulary.size() < words) {
      StringBuilder w = new StringBuilder();
      for (int s = 1 + random.nextInt(3); s >= 0; s--) {
        w.append(syllables[random.nextInt(syllables.length)]);
      }
      vocabulary.add(w.toString());
    }
  }

  String word() {
    return vocabulary.get((int) Math.min(vocabulary.size() - 1, Math.abs(random.nextGaussian()) * vocabulary.size() / 3));
  }

  private String sentence(int words) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words; i++) {
      s.append(i == 0 ? "" : " ").append(word());
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
  }

  /** {@code n} ordinary articles and the three hard ones. */
  List<Article> articles(int n) {
    List<Article> out = ordinary(n);
    out.add(longLine());
    out.add(manyLists());
    out.add(oddText());
    return out;
  }

  /** {@code n} ordinary articles only. */
  List<Article> ordinary(int n) {
    List<Article> out = new ArrayList<>(n + 3);
    for (int i = 0; i < n; i++) {
      out.add(article(i));
    }
    return out;
  }

  private Article article(int i) {
    StringBuilder body = new StringBuilder();
    List<Quote> quotes = new ArrayList<>();
    for (int p = 0; p < 3 + random.nextInt(4); p++) {
      if (p > 0) {
        body.append("\n\n");
      }
      if (random.nextInt(3) == 0) {
        String words = sentence(6 + random.nextInt(10));
        int start = body.length() + 1;
        body.append('"').append(words).append("\" said Ana ").append(word()).append('.');
        quotes.add(new Quote(words, "Ana Example", SpeakerKind.PERSON, "Ana Example", ArticleField.BODY, 0, start,
            start + words.length()));
      } else {
        body.append(sentence(8 + random.nextInt(20))).append(' ').append(sentence(5 + random.nextInt(15)));
      }
    }
    LocalDate published = random.nextInt(10) == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000));
    return Article.builder("a" + i, sentence(4 + random.nextInt(6)), body.toString())
        .published(published)
        .source(random.nextBoolean() ? "Wire " + random.nextInt(5) : null)
        .captions(random.nextInt(4) == 0 ? List.of(sentence(7)) : List.of())
        .people(List.of(new Person("Ana Example", null, List.of(new Mention(ArticleField.BODY, 0, 0, 0, "Ana Example")))))
        .quotes(quotes)
        .build();
  }

  /** A megabyte on one line, with no sentence break: one passage of the whole body. */
  private Article longLine() {
    StringBuilder body = new StringBuilder(1 << 20);
    while (body.length() < 1_000_000) {
      body.append(word()).append(' ').append(word()).append(" market ").append(word()).append(", ");
    }
    body.append("and at the very end the treasurer resigned");
    return Article.builder(LONG_LINE_ID, "Market on one line", body.toString()).build();
  }

  /** Thousands of dates and people: lists a search hit must bound. */
  private Article manyLists() {
    StringBuilder body = new StringBuilder();
    List<DateMention> dates = new ArrayList<>();
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      int start = body.length();
      String day = LocalDate.of(2024, 1, 1).plusDays(i % 366).toString();
      body.append(day).append(" market note ").append(i).append(". ");
      dates.add(new DateMention(day, day, ArticleField.BODY, 0, start, start + day.length()));
      if (i < 2000) {
        people.add(new Person("Person " + i, null, List.of(new Mention(ArticleField.BODY, 0, start, start + 4, "P"))));
      }
    }
    return Article.builder(MANY_LISTS_ID, "Market calendar", body.toString()).dates(dates).people(people).build();
  }

  /** Scripts and marks that trouble text handling. */
  private Article oddText() {
    String body = "The \u200Fmarket\u200E opened. \u05E9\u05D5\u05E7 \u0633\u0648\u0642 \u5E02\u573A opened too. "
        + "Cafe\u0301 prices rose \uD83D\uDE00 and \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 families paid. "
        + "A lone \uD800 surrogate, a NUL \u0000 and a bell \u0007 sat in the text. \uFEFFFull-width \uFF47\uFF52\uFF49\uFF44.";
    return Article.builder(ODD_TEXT_ID, "Odd \u202Etext\u202C market", body).build();
  }
}
