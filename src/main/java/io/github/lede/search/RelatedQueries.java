package io.github.lede.search;

import io.github.lede.LedeException;
import io.github.lede.duplicates.BodySignature;
import io.github.lede.index.Schema;
import io.github.lede.model.Article;
import io.github.lede.model.DateRange;
import io.github.lede.model.RelatedRequest;
import io.github.lede.model.SearchRequest;
import io.github.lede.query.TermStatistics;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The query for the articles most like a given one ("more like this"). Its words are chosen as Lucene's
 * {@code MoreLikeThis} chooses them, by tf-idf: each term of the article's headline, body and people's names
 * (in the field it came from) scores its frequency in the article times {@code 1 + ln((N + 1) / (df + 1))};
 * the {@value #MAX_TERMS} best become optional term clauses, each boosted by its score over the best score.
 *
 * <p>lede chooses the words itself rather than through {@code MoreLikeThis} so that a store on a cluster runs
 * the very same query: the choice needs only each term's document frequency and each field's document count
 * ({@link TermStatistics}), which the cluster gives for a whole article in one request, and then both stores
 * score the same term clauses with the same BM25. (OpenSearch's own {@code more_like_this} counts its
 * statistics over every Lucene document of a shard, nested quotes included, and would choose other words.)
 * A term only the article itself holds (df below 2) cannot find another article and is skipped.
 *
 * <p>The article itself and its exact duplicates (the same words under another id, found by the content hash
 * written at index time, {@link BodySignature#contentHash}) never match.
 */
final class RelatedQueries {
  /** Terms in a related query: MoreLikeThis's default. */
  static final int MAX_TERMS = 25;
  /** The fields whose words describe an article: what it is about and who is in it. */
  static final List<String> FIELDS = List.of(Schema.HEADLINE, Schema.BODY, Schema.PERSON_NAME);

  private RelatedQueries() {}

  /**
   * What a related search reads of the given article: far less than the whole stored article (no people's
   * mentions, quotes or dates to parse).
   */
  record Like(String id, String headline, String body, List<String> names, LocalDate published) {
    static Like of(Article a) {
      return new Like(a.id(), a.headline(), a.body(), List.copyOf(new java.util.LinkedHashSet<>(a.personNames())),
          a.published());
    }
  }

  /** A chosen term and its weight. */
  record Weighted(String field, String term, float boost) {}

  /**
   * The whole query: the chosen terms (at least one must match), the request's filters and the window, the
   * article and its exact duplicates excluded. Null when nothing can match: no term worth asking for, or a
   * window outside the requested publication range.
   */
  static Query build(Like article, RelatedRequest request, Analyzer analyzer, TermStatistics stats) {
    DateRange published = published(article, request);
    List<Weighted> terms = select(termFrequencies(analyzer, article), stats);
    if (terms.isEmpty() || published == EMPTY) {
      return null;
    }
    BooleanQuery.Builder like = new BooleanQuery.Builder();
    for (Weighted w : terms) {
      like.add(new BoostQuery(new TermQuery(new Term(w.field(), w.term())), w.boost()), Occur.SHOULD);
    }
    SearchRequest.Builder filters = SearchRequest.builder("").published(published);
    request.people().forEach(filters::person);
    request.sources().forEach(filters::source);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(Queries.build(like.build(), filters.build()), Occur.MUST);
    b.add(new TermQuery(new Term(Schema.ID, article.id())), Occur.MUST_NOT);
    b.add(new TermQuery(new Term(Schema.CONTENT_HASH, BodySignature.contentHash(article.headline(), article.body()))),
        Occur.MUST_NOT);
    return b.build();
  }

  /** The request a related search reads its hits with: its size, no highlights (there is no query to mark). */
  static SearchRequest hitsRequest(RelatedRequest request) {
    return SearchRequest.builder("").size(request.size()).highlight(false).build();
  }

  /** Stands for "no day can match". */
  private static final DateRange EMPTY = DateRange.day(LocalDate.EPOCH);

  /** The publication range: the request's, narrowed to the window around the article's day. */
  private static DateRange published(Like article, RelatedRequest request) {
    DateRange range = request.published();
    if (request.within() == null) {
      return range;
    }
    if (article.published() == null) {
      throw new LedeException("article " + article.id() + " has no publication date, so it has no window of "
          + request.within() + " around it");
    }
    LocalDate from = article.published().minus(request.within());
    LocalDate to = article.published().plus(request.within());
    if (range != null) {
      from = range.from() != null && range.from().isAfter(from) ? range.from() : from;
      to = range.to() != null && range.to().isBefore(to) ? range.to() : to;
    }
    return to.isBefore(from) ? EMPTY : new DateRange(from, to);
  }

  /** Each field's terms and how often the article has them, as the index analyses the field. */
  static Map<String, Map<String, Integer>> termFrequencies(Analyzer analyzer, Like article) {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    count(analyzer, Schema.HEADLINE, article.headline(), out);
    count(analyzer, Schema.BODY, article.body(), out);
    for (String name : article.names()) {
      count(analyzer, Schema.PERSON_NAME, name, out);
    }
    return out;
  }

  private static void count(Analyzer analyzer, String field, String text, Map<String, Map<String, Integer>> out) {
    // A hash map: the order is made in select, which sorts ties by field and term.
    Map<String, Integer> tf = out.computeIfAbsent(field, k -> new HashMap<>());
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tf.merge(term.toString(), 1, Integer::sum);
      }
      ts.end();
    } catch (IOException e) {
      throw new LedeException("analysis failed: " + e.getMessage(), e);
    }
  }

  /** The {@value #MAX_TERMS} terms of best tf-idf, best first; ties by field, then term, so every store agrees. */
  static List<Weighted> select(Map<String, Map<String, Integer>> frequencies, TermStatistics stats) {
    record Scored(String field, String term, double score) {}
    List<Scored> all = new ArrayList<>();
    frequencies.forEach((field, tfs) -> {
      long n = stats.docCount(field);
      tfs.forEach((term, tf) -> {
        long df = stats.docFreq(field, term);
        if (df >= 2) {
          all.add(new Scored(field, term, tf * (1 + Math.log((n + 1.0) / (df + 1.0)))));
        }
      });
    });
    all.sort(Comparator.comparingDouble((Scored s) -> -s.score()).thenComparing(Scored::field)
        .thenComparing(Scored::term));
    List<Weighted> out = new ArrayList<>(Math.min(all.size(), MAX_TERMS));
    for (Scored s : all.subList(0, Math.min(all.size(), MAX_TERMS))) {
      out.add(new Weighted(s.field(), s.term(), (float) (s.score() / all.get(0).score())));
    }
    return out;
  }
}
