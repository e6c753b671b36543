package io.github.lede.bench;

import io.github.lede.model.RawArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic stand-in for real news when {@code ../shared/corpus} is absent: articles of Reuters-like
 * length (a headline, four to ten paragraphs of about 25 words), words drawn from a Zipf distribution over a
 * made-up vocabulary, with people named in full and then by surname, quotes with speech verbs, and dates.
 * The same seed gives the same corpus on every machine.
 */
final class GeneratedCorpus {
  private static final int VOCABULARY = 20_000;
  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ter", "an", "so", "ri", "ven", "da", "el", "mor", "pa", "tis", "ul", "ne", "gra", "bo",
    "fen", "ia", "cor", "ru", "sel", "tha", "vo", "wen", "xa", "yu", "zel", "dor", "pli"
  };
  private static final String[] GIVEN = {
    "Amina", "Tomas", "Hana", "Li", "Omar", "Sofia", "Kwame", "Ingrid", "Ravi", "Elena", "Jae-won", "Pieter",
    "Lucia", "Yusuf", "Mei", "Daniel", "Aiko", "Chidi", "Maria", "Ivan"
  };
  private static final String[] FAMILY = {
    "Okafor", "Ruiz", "Tanaka", "Wenjun", "al-Haddad", "Lindqvist", "Mensah", "Berg", "Kulkarni", "Popescu",
    "Park", "van Dijk", "Ferran", "Demir", "Chen", "Moreau", "Sato", "Eze", "Santos", "Volkov"
  };
  private static final String[] VERBS = {"said", "told reporters", "added", "wrote", "said on Tuesday"};
  private static final String[] DATES = {
    "on Monday", "last week", "in January", "on June 18", "earlier this year", "in 2023", "two days ago"
  };

  private final String[] words = new String[VOCABULARY];
  private final double[] cumulative = new double[VOCABULARY];

  GeneratedCorpus() {
    SplittableRandom r = new SplittableRandom(42);
    for (int i = 0; i < VOCABULARY; i++) {
      int syllables = 1 + (i < 200 ? 0 : 1) + (i > 5000 ? 1 : 0) + r.nextInt(2);
      StringBuilder w = new StringBuilder();
      for (int s = 0; s < syllables; s++) {
        w.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
      }
      words[i] = w.toString();
    }
    // Zipf with exponent 1: the word of rank k is drawn with weight 1/k.
    double sum = 0;
    for (int i = 0; i < VOCABULARY; i++) {
      sum += 1.0 / (i + 1);
      cumulative[i] = sum;
    }
    for (int i = 0; i < VOCABULARY; i++) {
      cumulative[i] /= sum;
    }
  }

  List<RawArticle> articles(int count) {
    SplittableRandom r = new SplittableRandom(7);
    List<RawArticle> out = new ArrayList<>(count);
    LocalDate start = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < count; i++) {
      String given = GIVEN[r.nextInt(GIVEN.length)];
      String family = FAMILY[r.nextInt(FAMILY.length)];
      StringBuilder body = new StringBuilder();
      int paragraphs = 4 + r.nextInt(7);
      for (int p = 0; p < paragraphs; p++) {
        if (p > 0) {
          body.append("\n\n");
        }
        if (p == 0) {
          body.append(given).append(' ').append(family).append(", a ").append(word(r)).append(" official, ")
              .append(sentence(r, 18)).append(' ').append(DATES[r.nextInt(DATES.length)]).append('.');
        } else if (p % 3 == 1) {
          body.append('"').append(capitalise(sentence(r, 14))).append(",\" ").append(family).append(' ')
              .append(VERBS[r.nextInt(VERBS.length)]).append('.');
        } else {
          body.append(capitalise(sentence(r, 24))).append('.');
        }
      }
      out.add(RawArticle.builder(body.toString())
          .id("gen-" + i)
          .headline(capitalise(sentence(r, 7)))
          .published(start.plusDays(r.nextInt(730)).toString())
          .source(r.nextInt(3) == 0 ? "Example Wire" : "Daily Example")
          .build());
    }
    return out;
  }

  private String sentence(SplittableRandom r, int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(word(r));
    }
    return sb.toString();
  }

  private String word(SplittableRandom r) {
    double u = r.nextDouble();
    int lo = 0;
    int hi = VOCABULARY - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] < u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return words[lo];
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
