package io.github.lede.opensearch;

import io.github.lede.LedeException;
import io.github.lede.NoIndexException;
import io.github.lede.SearchTimeoutException;
import io.github.lede.model.Article;
import io.github.lede.model.DateUnit;
import io.github.lede.model.FacetCount;
import io.github.lede.model.QuoteHit;
import io.github.lede.model.QuoteRequest;
import io.github.lede.model.QuoteResults;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.model.SortOrder;
import io.github.lede.query.LedeQueries;
import io.github.lede.query.QueryNode;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * lede's searches on a cluster: the request parsed by lede into a neutral tree, translated to query DSL,
 * run on the index's alias; the page's articles come back from their sources and lede builds the hits
 * (highlights, matched quotes) as the embedded index does.
 */
final class ClusterSearch {
  /** Matches counted exactly before the total becomes a lower bound, as in the embedded index. */
  static final int COUNT_THRESHOLD = 1000;
  /** A search that lost shards (a node went away mid-search) is run again this many times. */
  private static final int SHARD_RETRIES = 5;
  /**
   * How long past lede's time limit a search waits for the cluster's answer: the cluster stops collecting at
   * the limit, then still gathers and sends what it found.
   */
  private static final java.time.Duration ANSWER_GRACE = java.time.Duration.ofSeconds(1);
  /** Facet values asked of the cluster in one aggregation; more are paged. */
  private static final int TERMS_AT_ONCE = 1000;

  private final Http http;
  private final String alias;
  private final String where;
  private final LedeQueries queries;
  private final long timeoutNanos;
  private final SimilarSearch similar;

  /** @param timeout the time one search may take, all of it (lede's {@code searchTimeout}) */
  ClusterSearch(Http http, String alias, String where, LedeQueries queries, java.time.Duration timeout) {
    this.http = http;
    this.alias = alias;
    this.where = where;
    this.queries = queries;
    this.timeoutNanos = timeout.toNanos();
    this.similar = new SimilarSearch(this, http, alias, where, queries, timeoutNanos);
  }

  /**
   * An article search within lede's time limit, which bounds all of it, as in the embedded index: the
   * cluster's part (its {@code timeout}, and lede's wait for the answer) and the building of the hits. When
   * the cluster has not answered in time the results are empty and flagged; when it answered with what it
   * found in time, or the hits' highlights ran out of time, they are flagged too.
   */
  SearchResults articles(SearchRequest asked) {
    long deadline = System.nanoTime() + timeoutNanos;
    SearchRequest request = withRecencyOrigin(asked, deadline);
    SearchResults results = articles(request, deadline);
    if (!queries.wantsSuggestion(request, results)) {
      return results;
    }
    String suggestion = queries.suggest(request, new ClusterVocabulary(this, queries, deadline));
    return suggestion == null ? results : results.withSuggestion(suggestion);
  }

  private SearchResults articles(SearchRequest request, long deadline) {
    JsonObject query = new QueryDsl(request.query()).translate(queries.articles(request), false);
    return request.collapse() ? similar.collapsed(request, query, deadline) : page(request, query, deadline);
  }

  /** One page of the articles a query finds, with its cursor; each hit explained when the request asks. */
  SearchResults page(SearchRequest request, JsonObject query, long deadline) {
    JsonObject body = articleSearch(request, query, request.size() + 1, COUNT_THRESHOLD, sourceFields());
    boolean explain = request.explain() && request.sort() == SortOrder.RELEVANCE;
    if (explain) {
      body = QueryDsl.o(body).add("explain", true).build();
    }
    JsonObject reply = search(body, deadline);
    if (reply == null) {
      return new SearchResults(0, true, List.of(), null, true);
    }
    JsonArray found = reply.getJsonObject("hits").getJsonArray("hits");
    boolean more = found.size() > request.size();
    int n = Math.min(found.size(), request.size());
    List<Article> page = new ArrayList<>(n);
    float[] scores = new float[n];
    for (int i = 0; i < n; i++) {
      JsonObject hit = found.getJsonObject(i);
      page.add(Documents.article(hit.getJsonObject("_source")));
      scores[i] = request.sort() == SortOrder.RELEVANCE ? score(hit) : Float.NaN;
    }
    List<SearchHit> hits = queries.articleHits(request, page, scores, deadline);
    if (explain) {
      List<SearchHit> explained = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        explained.add(hits.get(i).withExplanation(ClusterExplanations.of(found.getJsonObject(i).getJsonObject("_explanation"))));
      }
      hits = explained;
    }
    JsonObject total = reply.getJsonObject("hits").getJsonObject("total");
    boolean timedOut = reply.getBoolean("timed_out", false) || System.nanoTime() - deadline > 0;
    boolean lowerBound = !"eq".equals(total.getString("relation", "eq")) || timedOut;
    String next = more ? Cursors.articles(request, found.getJsonObject(n - 1).getJsonArray("sort").toString()) : null;
    return new SearchResults(total.getJsonNumber("value").longValue(), lowerBound, hits, next, timedOut);
  }


  /**
   * The body of an article search: {@code size} hits from the request's cursor on, in its order, counted
   * exactly up to {@code countUpTo} (unless the request wants every match counted), with these source fields.
   */
  static JsonObject articleSearch(SearchRequest request, JsonObject query, int size, int countUpTo,
      jakarta.json.JsonArrayBuilder source) {
    JsonObjectBuilder body = QueryDsl.o()
        .add("query", query)
        .add("size", size)
        .add("track_total_hits", request.exactTotal() ? JsonValue.TRUE
            : Http.JSON.createValue(countUpTo))
        .add("sort", sort(request.sort()))
        .add("_source", source);
    if (request.after() != null) {
      body.add("search_after", parseArray(Cursors.articles(request)));
    }
    return body.build();
  }

  /** The articles most like {@code article} ({@link SimilarSearch#related}). */
  SearchResults related(Article article, io.github.lede.model.RelatedRequest request) {
    return similar.related(article, request);
  }

  /**
   * The request with its recency origin set: the newest article's day (the cluster's largest publication
   * date) when it names none, as the embedded index does.
   */
  private SearchRequest withRecencyOrigin(SearchRequest request, long deadline) {
    if (request.recency() == null || request.recencyOrigin() != null) {
      return request;
    }
    JsonObject reply = search(QueryDsl.o().add("size", 0).add("track_total_hits", false)
        .add("aggs", QueryDsl.o().add("newest", QueryDsl.o().add("max", QueryDsl.o().add("field", "published"))))
        .build(), deadline);
    JsonValue newest = reply == null ? null : reply.getJsonObject("aggregations").getJsonObject("newest").get("value");
    long day = newest instanceof JsonNumber millis ? Math.floorDiv(millis.longValue(), 86_400_000L) : 0;
    return request.toBuilder().recency(request.recency(), java.time.LocalDate.ofEpochDay(day)).build();
  }

  /** A quote search, within lede's time limit as {@link #articles} is. */
  QuoteResults quotes(QuoteRequest request) {
    long deadline = System.nanoTime() + timeoutNanos;
    QuoteQueries split = QuoteQueries.split(queries.quotes(request), request.query());
    QueryDsl dsl = new QueryDsl(request.query());
    int shown = request.after() == null ? 0 : Cursors.quotes(request);
    int want = shown + request.size() + 1;
    if (want > IndexMapping.MAX_INNER_HITS) {
      throw new LedeException("quote pages on OpenSearch reach " + IndexMapping.MAX_INNER_HITS + " quotes at most");
    }
    JsonObject quoteQuery = dsl.translate(split.quote(), true);
    JsonObjectBuilder inner = QueryDsl.o().add("name", "q").add("size", want).add("_source", false);
    if (request.sort() != SortOrder.RELEVANCE) {
      inner.add("sort", QueryDsl.a().add(QueryDsl.o().add("_doc", "asc")));
    }
    JsonObjectBuilder clauses = QueryDsl.o();
    java.util.Map<String, jakarta.json.JsonArrayBuilder> byOccur = new java.util.LinkedHashMap<>();
    byOccur.put("must", QueryDsl.a().add(QueryDsl.obj("nested", QueryDsl.o()
        .add("path", IndexMapping.QUOTES).add("score_mode", "max").add("query", quoteQuery)
        .add("inner_hits", inner))));
    for (QueryNode.Clause c : split.article()) {
      String occur = switch (c.occur()) {
        case MUST -> "must";
        case SHOULD -> "should";
        case FILTER -> "filter";
        case MUST_NOT -> "must_not";
      };
      byOccur.computeIfAbsent(occur, k -> QueryDsl.a()).add(dsl.translate(c.query(), false));
    }
    byOccur.forEach(clauses::add);
    JsonObjectBuilder body = QueryDsl.o()
        .add("query", QueryDsl.obj("bool", clauses))
        .add("size", want)
        .add("track_total_hits", false)
        .add("sort", sort(request.sort()))
        .add("_source", sourceFields())
        .add("aggs", QueryDsl.o().add("quotes", QueryDsl.o()
            .add("nested", QueryDsl.o().add("path", IndexMapping.QUOTES))
            .add("aggs", QueryDsl.o().add("matching", QueryDsl.o().add("filter", quoteQuery)))));
    JsonObject reply = search(body.build(), deadline);
    if (reply == null) {
      return new QuoteResults(0, true, List.of(), null, true);
    }
    List<Found> all = new ArrayList<>();
    JsonArray found = reply.getJsonObject("hits").getJsonArray("hits");
    for (int i = 0; i < found.size(); i++) {
      JsonObject hit = found.getJsonObject(i);
      Article article = Documents.article(hit.getJsonObject("_source"));
      JsonArray inners = hit.getJsonObject("inner_hits").getJsonObject("q").getJsonObject("hits").getJsonArray("hits");
      float best = inners.isEmpty() ? 0 : score(inners.getJsonObject(0));
      float articleScore = score(hit);
      for (int j = 0; j < inners.size(); j++) {
        JsonObject q = inners.getJsonObject(j);
        int offset = q.getJsonObject("_nested").getInt("offset");
        float s = request.sort() == SortOrder.RELEVANCE ? articleScore - best + score(q) : Float.NaN;
        all.add(new Found(article, offset, s, i));
      }
    }
    if (request.sort() == SortOrder.RELEVANCE) {
      // Best first; ties by article id (the article order), then by place in the article.
      all.sort(Comparator.comparing((Found f) -> -f.score()).thenComparingInt(Found::rank)
          .thenComparingInt(Found::quote));
    }
    int end = Math.min(all.size(), shown + request.size());
    List<Found> page = shown >= end ? List.of() : all.subList(shown, end);
    List<QuoteHit> hits = queries.quoteHits(request, page.stream().map(Found::article).toList(),
        page.stream().mapToInt(Found::quote).toArray(), scores(page), deadline);
    long total = reply.getJsonObject("aggregations").getJsonObject("quotes").getJsonObject("matching")
        .getJsonNumber("doc_count").longValue();
    String next = all.size() > end ? Cursors.quotes(request, end) : null;
    boolean timedOut = reply.getBoolean("timed_out", false) || System.nanoTime() - deadline > 0;
    return new QuoteResults(total, timedOut, hits, next, timedOut);
  }

  private record Found(Article article, int quote, float score, int rank) {}

  private static float[] scores(List<Found> page) {
    float[] out = new float[page.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = page.get(i).score();
    }
    return out;
  }

  /**
   * The values of a keyword field over the matching articles, most articles first, ties by value. A short
   * list is a terms aggregation; a long one (lede reads its 100,000 most frequent people before a batch) pages
   * through every value with a composite aggregation, as a terms aggregation of that size would pass the
   * cluster's bucket limit.
   */
  List<FacetCount> terms(SearchRequest request, String field, int top, String what) {
    if (top <= 0) {
      return List.of();
    }
    if (top > TERMS_AT_ONCE) {
      return allTerms(request, field, top, what);
    }
    JsonObject agg = QueryDsl.obj("terms", QueryDsl.o().add("field", field).add("size", top)
        .add("shard_size", Math.max(top * 10, 1000))
        .add("order", QueryDsl.a().add(QueryDsl.o().add("_count", "desc")).add(QueryDsl.o().add("_key", "asc"))));
    JsonObject reply = aggregate(request, agg, what);
    List<FacetCount> out = new ArrayList<>();
    for (JsonValue b : reply.getJsonObject("aggregations").getJsonObject("f").getJsonArray("buckets")) {
      JsonObject o = b.asJsonObject();
      out.add(new FacetCount(o.getString("key"), o.getJsonNumber("doc_count").longValue()));
    }
    return out;
  }

  private List<FacetCount> allTerms(SearchRequest request, String field, int top, String what) {
    List<FacetCount> all = new ArrayList<>();
    JsonObject after = null;
    do {
      JsonObjectBuilder composite = QueryDsl.o().add("size", TERMS_AT_ONCE).add("sources", QueryDsl.a()
          .add(QueryDsl.o().add("v", QueryDsl.obj("terms", QueryDsl.o().add("field", field)))));
      if (after != null) {
        composite.add("after", after);
      }
      JsonObject f = aggregate(request, QueryDsl.obj("composite", composite), what)
          .getJsonObject("aggregations")
          .getJsonObject("f");
      for (JsonValue b : f.getJsonArray("buckets")) {
        JsonObject o = b.asJsonObject();
        all.add(new FacetCount(o.getJsonObject("key").getString("v"), o.getJsonNumber("doc_count").longValue()));
      }
      after = f.getJsonArray("buckets").isEmpty() ? null : f.getJsonObject("after_key");
    } while (after != null);
    all.sort(Comparator.comparingLong(FacetCount::articles).reversed().thenComparing(FacetCount::value));
    return all.size() > top ? List.copyOf(all.subList(0, top)) : all;
  }

  /** Matching articles per publication year, month or day, oldest first. */
  List<FacetCount> published(SearchRequest request, DateUnit unit) {
    return histogram(request, "published", unit, "counting publication dates");
  }

  /**
   * Matching articles per year, month or day they talk about, oldest first: a date histogram over the
   * mention intervals that count at the unit, which counts an article once in each bucket its intervals cover
   * (as the embedded index's count does).
   */
  List<FacetCount> mentioned(SearchRequest request, DateUnit unit) {
    return histogram(request, IndexMapping.countedAt("mentions", unit), unit, "counting mentioned dates");
  }

  private List<FacetCount> histogram(SearchRequest request, String field, DateUnit unit, String what) {
    String format = switch (unit) {
      case YEAR -> "yyyy";
      case MONTH -> "yyyy-MM";
      case DAY -> "yyyy-MM-dd";
    };
    JsonObject agg = QueryDsl.obj("date_histogram", QueryDsl.o().add("field", field)
        .add("calendar_interval", unit.name().toLowerCase(java.util.Locale.ROOT)).add("format", format)
        .add("min_doc_count", 1));
    JsonObject reply = aggregate(request, agg, what);
    List<FacetCount> out = new ArrayList<>();
    for (JsonValue b : reply.getJsonObject("aggregations").getJsonObject("f").getJsonArray("buckets")) {
      JsonObject o = b.asJsonObject();
      out.add(new FacetCount(o.getString("key_as_string"), o.getJsonNumber("doc_count").longValue()));
    }
    return out;
  }

  /**
   * An aggregation over the articles a request matches, within lede's time limit. A count the cluster cut
   * short at the limit, or did not answer in time, is refused as the embedded index refuses it: a partial
   * count reads as a true one.
   */
  private JsonObject aggregate(SearchRequest request, JsonObject agg, String what) {
    long deadline = System.nanoTime() + timeoutNanos;
    JsonObject query = new QueryDsl(request.query()).translate(queries.articles(request), false);
    JsonObject reply = search(QueryDsl.o().add("query", query).add("size", 0).add("track_total_hits", false)
        .add("aggs", QueryDsl.o().add("f", agg)).build(), deadline);
    if (reply == null || reply.getBoolean("timed_out", false)) {
      throw new SearchTimeoutException(what, java.time.Duration.ofNanos(timeoutNanos));
    }
    return reply;
  }

  /** A search without lede's time limit (counting what the index holds); fails rather than come back empty. */
  JsonObject search(JsonObject body) {
    return search(body, Long.MAX_VALUE);
  }

  /**
   * Runs a search. One that failed on the cluster's side or lost shards (a node went away mid-search) is run
   * again, while there is time. Returns null when the deadline ({@link System#nanoTime()} terms, or
   * {@link Long#MAX_VALUE} for none) passed before the cluster answered; the cluster is asked to stop
   * collecting at it too ({@code timeout}), and answers with what it found by then.
   */
  JsonObject search(JsonObject body, long deadline) {
    String path = "/" + alias + "/_search";
    boolean limited = deadline != Long.MAX_VALUE;
    String lastFailure = null;
    for (int attempt = 0; attempt <= SHARD_RETRIES; attempt++) {
      if (attempt > 0 && !http.backoff(attempt, deadline)) {
        break;
      }
      long left = deadline - System.nanoTime();
      if (limited && left <= 0) {
        return null;
      }
      String json = limited ? QueryDsl.o(body).add("timeout", Math.max(1, left / 1_000_000) + "ms").build().toString()
          : body.toString();
      Http.Reply reply;
      try {
        reply = http.once("POST", path, json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/json",
            limited ? java.time.Duration.ofNanos(left).plus(ANSWER_GRACE) : null);
      } catch (java.util.concurrent.TimeoutException e) {
        return null;
      } catch (java.io.IOException e) {
        lastFailure = http.unreachable(e).getMessage();
        continue;
      }
      if (reply.status() == 404) {
        throw new NoIndexException(where + "/" + alias,
            "no such OpenSearch index or alias (index some articles into it first)");
      }
      if (reply.status() == 400) {
        throw new LedeException("OpenSearch refused the search: " + reply.reason());
      }
      if (!reply.ok()) {
        lastFailure = "OpenSearch at " + where + " answered " + reply.reason();
        continue;
      }
      JsonObject shards = reply.body().getJsonObject("_shards");
      if (shards == null || shards.getInt("failed", 0) == 0) {
        return reply.body();
      }
      lastFailure = shards.getInt("failed") + " of " + shards.getInt("total") + " shards failed";
    }
    throw new LedeException("search on " + where + " failed: " + lastFailure);
  }

  static float score(JsonObject hit) {
    JsonValue s = hit.get("_score");
    return s instanceof JsonNumber n ? (float) n.doubleValue() : Float.NaN;
  }

  static jakarta.json.JsonArrayBuilder sourceFields() {
    jakarta.json.JsonArrayBuilder b = QueryDsl.a();
    Documents.SOURCE_FIELDS.forEach(b::add);
    return b;
  }

  /** Score (or day) first, then id: ids make the order total, so search_after never repeats or skips. */
  static jakarta.json.JsonArrayBuilder sort(SortOrder order) {
    jakarta.json.JsonArrayBuilder b = QueryDsl.a();
    if (order == SortOrder.RELEVANCE) {
      b.add(QueryDsl.o().add("_score", "desc"));
    } else {
      b.add(QueryDsl.o().add("published", QueryDsl.o().add("order", order == SortOrder.NEWEST ? "desc" : "asc")
          .add("missing", "_last")));
    }
    return b.add(QueryDsl.o().add("id", "asc"));
  }

  static JsonArray parseArray(String json) {
    try (var r = Http.JSON.createReader(new java.io.StringReader(json))) {
      return r.readArray();
    } catch (RuntimeException e) {
      throw new LedeException("invalid cursor: not one lede returned");
    }
  }
}
