package io.github.lede.bench;

import io.github.lede.Lede;
import io.github.lede.LedeOptions;
import io.github.lede.index.Schema;
import io.github.lede.model.DateRange;
import io.github.lede.model.FacetCount;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SortOrder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The query cases, with words chosen from the index itself so they fit any corpus: two body terms each in
 * a few percent of the articles, the most frequent two-word phrase among them, the most mentioned person,
 * and the middle tenth of the publication dates.
 */
final class QueryCases {
  private static final Analyzer ANALYZER = Schema.analyzer();
  static final String[] NAMES = {"term", "and", "or", "phrase", "person", "published", "date", "deep"};

  final String t1;
  final String t2;
  final String person;
  final DateRange middle;
  final String phrase;

  QueryCases(Path index) throws IOException {
    // Every fork needs the same cases; working them out reads the corpus and would leave the JIT busy with
    // code the benchmark never runs, so the first fork saves them beside the index it chose them from.
    Path saved = index.resolve("query-cases.properties");
    Properties p = new Properties();
    if (Files.exists(saved)) {
      try (var in = Files.newBufferedReader(saved, StandardCharsets.UTF_8)) {
        p.load(in);
      }
    } else {
      p.setProperty("phrase", frequentPhrase(Corpus.load().articles()));
      List<String> terms = frequentTerms(index);
      p.setProperty("t1", terms.get(0));
      p.setProperty("t2", terms.get(1));
      try (Lede lede = Lede.open(index, LedeOptions.builder().readOnly(true).build())) {
        List<FacetCount> top = lede.people(SearchRequest.of(""), 1);
        if (!top.isEmpty()) {
          p.setProperty("person", top.get(0).value());
        }
        DateRange middle = middleDates(lede);
        p.setProperty("middle", middle.from() + ".." + middle.to());
      }
      try (var out = Files.newBufferedWriter(saved, StandardCharsets.UTF_8)) {
        p.store(out, "query cases chosen from this index");
      }
    }
    phrase = p.getProperty("phrase");
    t1 = p.getProperty("t1");
    t2 = p.getProperty("t2");
    person = p.getProperty("person");
    middle = DateRange.parse(p.getProperty("middle"));
  }

  /** The request of a case; the deep case needs the cursor of hit 500, given separately. */
  SearchRequest request(String name, boolean highlight) {
    SearchRequest.Builder b = switch (name) {
      case "term", "deep" -> SearchRequest.builder(t1);
      case "and" -> SearchRequest.builder(t1 + " AND " + t2);
      case "or" -> SearchRequest.builder(t1 + " OR " + t2);
      case "phrase" -> SearchRequest.builder("\"" + phrase + "\"");
      case "person" -> person == null ? SearchRequest.builder(t1) : SearchRequest.builder(t1).person(person);
      case "published" -> SearchRequest.builder(t1 + " AND published:[" + middle.from() + " TO " + middle.to() + "]");
      case "date" -> SearchRequest.builder(t1).sort(SortOrder.NEWEST);
      default -> throw new IllegalArgumentException("no case " + name);
    };
    return b.size(10).highlight(highlight).build();
  }

  /** Two stemmed body terms found in 2-8% of the articles, longest first for a stable choice. */
  private static List<String> frequentTerms(Path index) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(index))) {
      int docs = reader.numDocs();
      Terms terms = MultiTerms.getTerms(reader, "body");
      TermsEnum e = terms.iterator();
      List<String> picked = new ArrayList<>();
      Map<String, Integer> freq = new HashMap<>();
      for (BytesRef t = e.next(); t != null; t = e.next()) {
        int df = e.docFreq();
        String s = t.utf8ToString();
        // Index terms are stemmed; a query word goes through the stemmer again, so only a term that stems to
        // itself searches what it says.
        if (df > docs / 50 && df < docs / 12 && s.length() >= 4 && s.chars().allMatch(Character::isLetter)
            && !STOP.contains(s) && analyzesToItself(s)) {
          freq.put(s, df);
        }
      }
      freq.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(2)
          .forEach(en -> picked.add(en.getKey()));
      if (picked.size() < 2) {
        throw new IllegalStateException("corpus too small to pick query terms (" + docs + " documents)");
      }
      return picked;
    }
  }

  private static boolean analyzesToItself(String term) throws IOException {
    try (TokenStream ts = ANALYZER.tokenStream(Schema.BODY, term)) {
      CharTermAttribute text = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      boolean same = ts.incrementToken() && text.toString().equals(term) && !ts.incrementToken();
      ts.end();
      return same;
    }
  }

  private static DateRange middleDates(Lede lede) {
    var oldest = lede.search(SearchRequest.builder("").sort(SortOrder.OLDEST).size(1).highlight(false).build());
    var newest = lede.search(SearchRequest.builder("").sort(SortOrder.NEWEST).size(1).highlight(false).build());
    LocalDate a = oldest.hits().get(0).published();
    LocalDate b = newest.hits().get(0).published();
    if (a == null || b == null) {
      return DateRange.parse("2000-01-01..2100-01-01");
    }
    long span = b.toEpochDay() - a.toEpochDay();
    LocalDate from = LocalDate.ofEpochDay(a.toEpochDay() + span * 45 / 100);
    return new DateRange(from, LocalDate.ofEpochDay(from.toEpochDay() + Math.max(1, span / 10)));
  }

  /** The most frequent pair of adjacent words of four letters or more in the first articles' bodies. */
  private static String frequentPhrase(List<io.github.lede.model.RawArticle> articles) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < Math.min(3000, articles.size()); i++) {
      String[] words = articles.get(i).text().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+");
      for (int w = 1; w < words.length; w++) {
        if (words[w - 1].length() >= 4 && words[w].length() >= 4 && !STOP.contains(words[w - 1])
            && !STOP.contains(words[w])) {
          counts.merge(words[w - 1] + " " + words[w], 1, Integer::sum);
        }
      }
    }
    // Most frequent first; ties to the alphabetically first phrase, so every run picks the same one.
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey().compareTo(best) < 0) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    if (best == null) {
      throw new IllegalStateException("no phrase found in the corpus");
    }
    return best;
  }

  private static final java.util.Set<String> STOP = java.util.Set.of(
      "said", "that", "with", "from", "this", "have", "were", "will", "would", "which", "their", "they", "been",
      "also", "there", "than", "more", "about", "after", "year", "last", "over", "into", "under", "some", "other");
}
