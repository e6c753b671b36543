package io.github.lede.opensearch;

import io.github.lede.LedeException;
import io.github.lede.NoIndexException;
import io.github.lede.duplicates.Folding;
import io.github.lede.model.Article;
import io.github.lede.model.RelatedRequest;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.model.SortOrder;
import io.github.lede.query.LedeQueries;
import io.github.lede.query.QueryNode;
import io.github.lede.query.TermStatistics;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The searches of a cluster that find articles like others: collapsed searches, which fold near duplicates,
 * and related articles. Both end in the embedded index's own code (the folding, the choice of terms), so that
 * they answer as it does.
 */
final class SimilarSearch {
  /** The body's signature bands ({@code IndexLayout}, {@code duplicates.BodySignature}). */
  private static final String NEAR_BANDS = "_near";

  private final ClusterSearch cluster;
  private final Http http;
  private final String alias;
  private final String where;
  private final LedeQueries queries;
  private final long timeoutNanos;

  SimilarSearch(ClusterSearch cluster, Http http, String alias, String where, LedeQueries queries,
      long timeoutNanos) {
    this.cluster = cluster;
    this.http = http;
    this.alias = alias;
    this.where = where;
    this.queries = queries;
    this.timeoutNanos = timeoutNanos;
  }

  /**
   * A page whose near duplicates fold into the best-ranked of them, as the embedded index folds them
   * ({@link Folding}): the top {@link SearchRequest#collapseScan()} matches come back with their signature
   * bands, and lede folds them. (OpenSearch's own {@code collapse} groups on one exact value a document, which
   * a signature of several bands is not.)
   */
  SearchResults collapsed(SearchRequest request, JsonObject query, long deadline) {
    int scan = request.collapseScan();
    JsonObject reply = cluster.search(ClusterSearch.articleSearch(request, query, scan,
        Math.max(ClusterSearch.COUNT_THRESHOLD, scan), ClusterSearch.sourceFields().add(NEAR_BANDS)), deadline);
    if (reply == null) {
      return new SearchResults(0, true, List.of(), null, true);
    }
    JsonArray found = reply.getJsonObject("hits").getJsonArray("hits");
    List<List<String>> bands = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      JsonValue b = found.getJsonObject(i).getJsonObject("_source").get(NEAR_BANDS);
      bands.add(b instanceof JsonArray arr ? arr.getValuesAs(jakarta.json.JsonString::getString) : List.of());
    }
    Folding.Result folded = Folding.fold(bands, request.size());
    int n = folded.groups().size();
    List<Article> page = new ArrayList<>(n);
    float[] scores = new float[n];
    for (int i = 0; i < n; i++) {
      JsonObject hit = found.getJsonObject(folded.groups().get(i).head());
      page.add(Documents.article(hit.getJsonObject("_source")));
      scores[i] = request.sort() == SortOrder.RELEVANCE ? ClusterSearch.score(hit) : Float.NaN;
    }
    List<SearchHit> heads = queries.articleHits(request, page, scores, deadline);
    List<SearchHit> hits = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<String> ids = new ArrayList<>();
      for (int member : folded.groups().get(i).folded()) {
        ids.add(found.getJsonObject(member).getJsonObject("_source").getString("id"));
      }
      hits.add(heads.get(i).withDuplicates(ids));
    }
    JsonObject total = reply.getJsonObject("hits").getJsonObject("total");
    long count = total.getJsonNumber("value").longValue();
    boolean gte = !"eq".equals(total.getString("relation", "eq"));
    boolean windowFull = found.size() == scan && (count > scan || gte);
    boolean more = folded.scanned() < found.size() || windowFull;
    String next = more && folded.scanned() > 0 ? Cursors.articles(request,
        found.getJsonObject(folded.scanned() - 1).getJsonArray("sort").toString()) : null;
    boolean timedOut = reply.getBoolean("timed_out", false) || System.nanoTime() - deadline > 0;
    return new SearchResults(count, gte || timedOut, hits, next, timedOut);
  }

  /**
   * The articles most like {@code article}: its words chosen by tf-idf on the cluster's statistics (one
   * {@code _termvectors} request on the article as an artificial document), then the same query the embedded
   * index runs. One page, without highlights.
   */
  SearchResults related(Article article, RelatedRequest request) {
    long deadline = System.nanoTime() + timeoutNanos;
    QueryNode node = queries.related(article, request, termStatistics(article));
    if (node == null) {
      return new SearchResults(0, false, List.of(), null);
    }
    SearchResults r = cluster.page(queries.relatedHits(request), new QueryDsl("").translate(node, false), deadline);
    return new SearchResults(r.total(), r.totalIsLowerBound(), r.hits(), null, r.timedOut());
  }

  /**
   * What the cluster knows of the article's terms: each term's document frequency and each field's document
   * count, from the shard the artificial document is routed to (on one shard, the whole index's).
   */
  private TermStatistics termStatistics(Article article) {
    JsonObjectBuilder doc = QueryDsl.o().add("headline", article.headline()).add("body", article.body());
    jakarta.json.JsonArrayBuilder names = QueryDsl.a();
    new java.util.LinkedHashSet<>(article.personNames()).forEach(names::add);
    doc.add("person_name", names);
    jakarta.json.JsonArrayBuilder fields = QueryDsl.a();
    LedeQueries.relatedFields().forEach(fields::add);
    JsonObject body = QueryDsl.o().add("doc", doc).add("fields", fields).add("term_statistics", true)
        .add("field_statistics", true).add("positions", false).add("offsets", false).add("payloads", false).build();
    Http.Reply reply = http.send("POST", "/" + alias + "/_termvectors", body.toString());
    if (reply.status() == 404) {
      throw new NoIndexException(where + "/" + alias,
          "no such OpenSearch index or alias (index some articles into it first)");
    }
    if (!reply.ok()) {
      throw new LedeException("OpenSearch at " + where + " refused the term statistics: " + reply.reason());
    }
    JsonObject vectors = reply.body().getJsonObject("term_vectors");
    return new TermStatistics() {
      @Override
      public long docFreq(String field, String term) {
        JsonObject f = vectors == null ? null : vectors.getJsonObject(field);
        JsonObject t = f == null ? null : f.getJsonObject("terms").getJsonObject(term);
        return t == null ? 0 : t.getJsonNumber("doc_freq") == null ? 0 : t.getJsonNumber("doc_freq").longValue();
      }

      @Override
      public long docCount(String field) {
        JsonObject f = vectors == null ? null : vectors.getJsonObject(field);
        return f == null ? 0 : f.getJsonObject("field_statistics").getJsonNumber("doc_count").longValue();
      }
    };
  }
}
