package io.github.lede.opensearch;

import io.github.lede.IndexStats;
import io.github.lede.Lede;
import io.github.lede.LedeException;
import io.github.lede.LedeOptions;
import io.github.lede.NoIndexException;
import io.github.lede.model.Article;
import io.github.lede.model.DateUnit;
import io.github.lede.model.FacetCount;
import io.github.lede.model.QuoteRequest;
import io.github.lede.model.QuoteResults;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.query.LedeQueries;
import io.github.lede.store.ArticleStore;
import io.github.lede.store.StoreBatch;
import io.github.lede.store.WriteListener;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * lede's articles on an OpenSearch cluster: the same articles, the same query syntax and the same result
 * records as the embedded index, on a cluster that spreads them over nodes and keeps replicas.
 *
 * <pre>{@code
 * try (Lede lede = OpenSearchStore.openLede("http://127.0.0.1:9200/news")) {
 *   lede.index(Path.of("articles/"));
 *   SearchResults results = lede.search(SearchRequest.of("munitions AND person:putin"));
 * }
 * }</pre>
 *
 * <p>The URL's path names the index: an alias ({@code news}) in front of a versioned index
 * ({@code news_lede_<layout>}) that lede makes on the first write, with a mapping rendered from lede's own
 * index layout. When lede's layout changes, {@link #reindex()} copies the articles into a new index and
 * moves the alias to it. Thread-safe: searches run concurrently, beside one batch of writes.
 */
public final class OpenSearchStore implements ArticleStore {
  private final Http http;
  private final String alias;
  private final String where;
  private final OpenSearchOptions options;
  private final ClusterSearch search;
  private volatile boolean indexReady;

  private OpenSearchStore(ClusterAddress address, OpenSearchOptions options, LedeOptions lede) {
    this.alias = address.alias();
    this.where = address.seed().toString();
    this.options = options;
    this.http = new Http(address.nodes(), where, options);
    this.search = new ClusterSearch(http, alias, where, LedeQueries.create(lede), lede.searchTimeout());
  }

  /** A store at {@code http://host:port/index} with the default options. */
  public static OpenSearchStore connect(String url) {
    return connect(url, OpenSearchOptions.defaults(), LedeOptions.defaults());
  }

  /**
   * A store at {@code http://host:port/index} ({@code index} defaults to {@code lede}). Checks that the
   * cluster answers: one that does not is a {@link LedeException} naming the URL.
   *
   * @param lede the search options (timeout, longest query) lede applies on the cluster too
   */
  public static OpenSearchStore connect(String url, OpenSearchOptions options, LedeOptions lede) {
    OpenSearchStore store = new OpenSearchStore(ClusterAddress.resolve(url, options, options.discoverNodes()),
        options, lede);
    // Reading never creates an index, so a mistyped name is said at once rather than as empty results.
    if (options.readOnly() && store.http.send("HEAD", "/" + store.alias, null).status() == 404) {
      store.close();
      throw store.noIndex();
    }
    return store;
  }

  /** A {@link Lede} over the cluster at {@code url}, with default options. */
  public static Lede openLede(String url) {
    return Lede.open(connect(url), LedeOptions.defaults());
  }

  /** A {@link Lede} over the cluster at {@code url}: {@code lede}'s read-only and search options apply. */
  public static Lede openLede(String url, LedeOptions lede) {
    OpenSearchOptions os = OpenSearchOptions.builder().readOnly(lede.readOnly()).build();
    return Lede.open(connect(url, os, lede), lede);
  }

  Http http() {
    return http;
  }

  /** The versioned index this lede writes behind the alias. */
  String indexName() {
    return alias + "_lede_" + IndexMapping.version();
  }

  @Override
  public String location() {
    return "OpenSearch " + where + "/" + alias;
  }

  @Override
  public boolean readOnly() {
    return options.readOnly();
  }

  /**
   * Makes sure the alias leads to an index with lede's current layout, creating it on the first write. An
   * index someone made by hand under the name, or one of another layout, is an error that says what to do:
   * lede never writes into a mapping it did not make.
   */
  synchronized void prepareIndex() {
    if (indexReady) {
      return;
    }
    String concrete = behindAlias();
    if (concrete == null) {
      Http.Reply mapping = http.send("GET", "/" + alias + "/_mapping", null);
      if (mapping.ok()) {
        JsonObject m = mapping.body().getJsonObject(alias);
        List<String> conflicts = IndexMapping.conflicts(m == null ? null : m.getJsonObject("mappings"));
        throw new LedeException("OpenSearch index " + alias + " at " + where + " was not made by lede"
            + (conflicts.isEmpty() ? "" : ": " + String.join("; ", conflicts.subList(0, Math.min(3, conflicts.size()))))
            + "; give lede another index name in the URL");
      }
      create(indexName(), true);
    } else if (!concrete.equals(indexName())) {
      throw new LedeException("the index behind " + alias + " at " + where + " is " + concrete + ", of another"
          + " lede layout; this lede writes " + indexName() + ": reindex (OpenSearchStore.reindex()) first");
    }
    indexReady = true;
  }

  /** The concrete index the alias names, or null when there is no such alias. */
  private String behindAlias() {
    Http.Reply r = http.send("GET", "/_alias/" + alias, null);
    if (r.status() == 404) {
      return null;
    }
    if (!r.ok()) {
      throw new LedeException("cannot read alias " + alias + " at " + where + ": " + r.reason());
    }
    return r.body().keySet().stream().findFirst().orElse(null);
  }

  private void create(String index, boolean withAlias) {
    JsonObject body = IndexMapping.index(options);
    if (withAlias) {
      body = QueryDsl.o(body).add("aliases", QueryDsl.o().add(alias, QueryDsl.o().add("is_write_index", true)))
          .build();
    }
    Http.Reply r = http.send("PUT", "/" + index, body.toString());
    if (!r.ok() && !r.reason().contains("resource_already_exists_exception")) {
      throw new LedeException("cannot create OpenSearch index " + index + " at " + where + ": " + r.reason());
    }
  }

  @Override
  public StoreBatch batch(WriteListener listener) {
    requireWritable();
    prepareIndex();
    return new BulkWriter(http, indexName(), options, listener);
  }

  /**
   * Copies every article of the index behind the alias into a new index of this lede's layout, then moves the
   * alias to it in one step (searches never see a half-filled index). The old index is left for you to
   * delete. Returns the number of articles copied; 0 when the alias already leads to the current layout.
   */
  public synchronized long reindex() {
    requireWritable();
    String old = behindAlias();
    if (old == null || old.equals(indexName())) {
      prepareIndex();
      return 0;
    }
    create(indexName(), false);
    long copied = Reindex.copy(http, old, indexName(), options);
    String actions = "{\"actions\":[{\"remove\":{\"index\":" + Http.JSON.createValue(old) + ",\"alias\":"
        + Http.JSON.createValue(alias) + "}},{\"add\":{\"index\":" + Http.JSON.createValue(indexName())
        + ",\"alias\":" + Http.JSON.createValue(alias) + ",\"is_write_index\":true}}]}";
    Http.Reply r = http.send("POST", "/_aliases", actions);
    if (!r.ok()) {
      throw new LedeException("moving alias " + alias + " to " + indexName() + " failed: " + r.reason());
    }
    indexReady = true;
    return copied;
  }

  @Override
  public boolean delete(String id) {
    requireWritable();
    Http.Reply r = http.send("DELETE", "/" + alias + "/_doc/" + encode(id) + "?refresh=true", null);
    if (r.status() == 404) {
      return false;
    }
    if (!r.ok()) {
      throw new LedeException("deleting " + id + " from " + where + " failed: " + r.reason());
    }
    return "deleted".equals(r.body().getString("result", ""));
  }

  @Override
  public Optional<Article> get(String id) {
    return orEmpty(() -> read(id), Optional.empty());
  }

  private Optional<Article> read(String id) {
    Http.Reply r = http.send("GET", "/" + alias + "/_doc/" + encode(id), null);
    if (r.status() == 404) {
      if (r.reason().contains("index_not_found")) {
        throw noIndex();
      }
      return Optional.empty();
    }
    if (!r.ok()) {
      throw new LedeException("reading " + id + " from " + where + " failed: " + r.reason());
    }
    return Optional.of(Documents.article(r.body().getJsonObject("_source")));
  }

  @Override
  public SearchResults search(SearchRequest request) {
    return orEmpty(() -> search.articles(request), new SearchResults(0, false, List.of(), null));
  }

  @Override
  public QuoteResults quotes(QuoteRequest request) {
    return orEmpty(() -> search.quotes(request), new QuoteResults(0, false, List.of(), null));
  }

  @Override
  public List<FacetCount> people(SearchRequest request, int top) {
    return orEmpty(() -> search.terms(request, "person", top, "counting people"), List.of());
  }

  @Override
  public List<FacetCount> sources(SearchRequest request, int top) {
    return orEmpty(() -> search.terms(request, "source_facet", top, "counting sources"), List.of());
  }

  @Override
  public List<FacetCount> published(SearchRequest request, DateUnit unit) {
    return orEmpty(() -> search.published(request, unit), List.of());
  }

  /** Articles counted by the cluster (top-level documents), quotes by a nested count, and the primaries' size. */
  @Override
  public IndexStats stats() {
    return orEmpty(this::count, new IndexStats(0, 0, 0, 0));
  }

  private IndexStats count() {
    Http.Reply count = http.send("GET", "/" + alias + "/_count", null);
    if (count.status() == 404) {
      throw noIndex();
    }
    if (!count.ok()) {
      throw new LedeException("counting articles at " + where + " failed: " + count.reason());
    }
    JsonObject quotes = search.search(QueryDsl.o().add("size", 0).add("track_total_hits", false)
        .add("aggs", QueryDsl.o().add("q", QueryDsl.obj("nested", QueryDsl.o().add("path", IndexMapping.QUOTES))))
        .build());
    Http.Reply st = http.send("GET", "/" + alias + "/_stats/store,segments", null);
    JsonObject primaries = st.ok() ? st.body().getJsonObject("_all").getJsonObject("primaries") : null;
    return new IndexStats(count.body().getJsonNumber("count").longValue(),
        quotes.getJsonObject("aggregations").getJsonObject("q").getJsonNumber("doc_count").longValue(),
        primaries == null ? 0 : primaries.getJsonObject("segments").getInt("count"),
        primaries == null ? 0 : primaries.getJsonObject("store").getJsonNumber("size_in_bytes").longValue());
  }

  @Override
  public void refresh() {
    Http.Reply r = http.send("POST", "/" + alias + "/_refresh", null);
    if (!r.ok() && r.status() != 404) {
      throw new LedeException("refreshing " + where + " failed: " + r.reason());
    }
  }

  @Override
  public void close() {
    http.close();
  }

  /**
   * A store opened to write has no index until its first write creates one: until then it holds nothing, as
   * an empty index directory does. A read-only store without its index was refused when it connected.
   */
  private <T> T orEmpty(java.util.function.Supplier<T> read, T empty) {
    try {
      return read.get();
    } catch (NoIndexException e) {
      if (readOnly()) {
        throw e;
      }
      return empty;
    }
  }

  NoIndexException noIndex() {
    return new NoIndexException(where + "/" + alias, "no such OpenSearch index or alias (index some articles into"
        + " it first)");
  }

  private void requireWritable() {
    if (options.readOnly()) {
      throw new LedeException("this store was opened read-only: " + location());
    }
  }

  private static String encode(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
