package io.github.lede.reliability;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.lede.model.RawArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * News-like articles made up from a seed, for reliability suites that must run where the real corpora in
 * {@code ../shared} are absent (CI): each has a headline, a dated publication, several paragraphs of varied
 * words (so that stored text does not compress to nothing), people who are named and then quoted, and a
 * quote paragraph the extractor attributes, so that every article is indexed with quote children. The same
 * seed and number give the same articles.
 */
public final class GeneratedNews {
  private static final String[] FIRST = {
    "Hana", "Lars", "Amara", "Tomasz", "Ines", "Kwame", "Mirela", "Oskar", "Yara", "Dmitri", "Sione", "Leila"
  };
  private static final String[] LAST = {
    "Okafor", "Eriksen", "Lindqvist", "Moreau", "Castellano", "Novak", "Achterberg", "Tanaka", "Mensah",
    "Haddad", "Ferreira", "Kowalczyk"
  };
  private static final String[] TOPIC = {
    "harbour", "grain", "rail", "power grid", "ferry", "water board", "council", "port", "wheat", "tariff",
    "bridge", "market"
  };
  private static final String[] VERB = {
    "reopens", "stalls", "expands", "falters", "recovers", "splits", "rallies", "slows"
  };
  private static final String[] PLACE = {
    "Velmora", "Ostrand", "Caldera Bay", "Northwick", "Sarnova", "Port Elling", "Brisca", "Tallow Flats"
  };
  private static final String[] WORD = {
    "officials", "said", "the", "shipments", "would", "resume", "after", "weeks", "of", "delay", "while",
    "traders", "expected", "prices", "to", "ease", "before", "winter", "a", "report", "showed", "that",
    "output", "rose", "in", "the", "third", "quarter", "despite", "storms", "along", "coast", "and", "inland",
    "farmers", "warned", "costs", "remain", "high", "for", "fuel", "feed", "fertiliser", "unions", "planned",
    "talks", "with", "managers", "on", "wages", "schedules", "crews", "inspectors", "found", "cracks", "older",
    "piers", "repairs", "could", "take", "months", "residents", "asked", "council", "clearer", "notice",
    "about", "closures", "budget", "includes", "funds", "dredging", "new", "cranes", "lighting"
  };

  private GeneratedNews() {}

  /** Article {@code n} (0-based) of the series for this seed. */
  public static RawArticle article(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + n);
    String speaker = pick(r, FIRST) + " " + pick(r, LAST);
    String other = pick(r, FIRST) + " " + pick(r, LAST);
    String topic = pick(r, TOPIC);
    String headline = capital(topic) + " " + pick(r, VERB) + " in " + pick(r, PLACE);
    LocalDate published = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(1800));
    StringBuilder body = new StringBuilder();
    body.append(speaker).append(", who chairs the ").append(topic).append(" committee, spoke on Monday. ")
        .append(sentence(r)).append("\n\n");
    int paragraphs = 3 + r.nextInt(4);
    for (int p = 0; p < paragraphs; p++) {
      body.append(sentence(r)).append(' ').append(sentence(r)).append("\n\n");
    }
    body.append('"').append(capital(words(r, 8 + r.nextInt(8)))).append(",\" ").append(speaker)
        .append(" said.\n\n");
    body.append(other).append(" disagreed. \"").append(capital(words(r, 6 + r.nextInt(6))))
        .append(",\" ").append(other).append(" said.");
    return RawArticle.builder(body.toString())
        .origin("generated-" + n)
        .id("gen-" + seed + "-" + n)
        .source("Generated Wire")
        .headline(headline)
        .published(published.toString())
        .build();
  }

  /** Articles 0 to count-1 of the series. */
  public static List<RawArticle> articles(long seed, int count) {
    List<RawArticle> out = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      out.add(article(seed, n));
    }
    return out;
  }

  /** Writes articles 0 to count-1 as JSON lines ({@code id, source, headline, published, body}). */
  public static void writeJsonLines(long seed, int count, Path file) {
    try (Writer w = Files.newBufferedWriter(file)) {
      JsonFactory json = JsonFactory.builder().build();
      for (int n = 0; n < count; n++) {
        RawArticle a = article(seed, n);
        try (JsonGenerator g = json.createGenerator(w)) {
          g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
          g.writeStartObject();
          g.writeStringField("id", a.id());
          g.writeStringField("source", a.source());
          g.writeStringField("headline", a.headline());
          g.writeStringField("published", a.published());
          g.writeStringField("body", a.text());
          g.writeEndObject();
        }
        w.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static String sentence(SplittableRandom r) {
    return capital(words(r, 10 + r.nextInt(14))) + ".";
  }

  private static String words(SplittableRandom r, int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        s.append(' ');
      }
      s.append(pick(r, WORD));
    }
    return s.toString();
  }

  private static String pick(SplittableRandom r, String[] words) {
    return words[r.nextInt(words.length)];
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
