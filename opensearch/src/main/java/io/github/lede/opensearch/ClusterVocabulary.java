package io.github.lede.opensearch;

import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.query.LedeQueries;
import io.github.lede.query.Vocabulary;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * A cluster's vocabulary for "did you mean": its term suggester, which runs Lucene's DirectSpellChecker on
 * each shard, given the embedded index's settings; term counts and stored text from searches. Within the
 * search's time limit: past it, the answers are empty and no suggestion is made. The term suggester counts
 * terms per shard, so on an index of several shards its candidates may differ from one index's.
 */
final class ClusterVocabulary implements Vocabulary {
  private final ClusterSearch search;
  private final LedeQueries queries;
  private final long deadline;

  ClusterVocabulary(ClusterSearch search, LedeQueries queries, long deadline) {
    this.search = search;
    this.queries = queries;
    this.deadline = deadline;
  }

  @Override
  public List<String> corrections(String field, String term, int max) {
    // The embedded index's DirectSpellChecker: Lucene's defaults, three-letter terms corrected. The term is
    // analysed already: the keyword analyzer leaves it as it is.
    JsonObject suggester = QueryDsl.o().add("field", field).add("size", max).add("suggest_mode", "missing")
        .add("max_edits", 2).add("prefix_length", 1).add("min_word_length", 3).add("accuracy", 0.5)
        .add("max_inspections", 5).add("string_distance", "internal").add("sort", "score")
        .add("analyzer", "keyword").build();
    JsonObject reply = search.search(QueryDsl.o().add("size", 0).add("track_total_hits", false)
        .add("suggest", QueryDsl.o().add("w", QueryDsl.o().add("text", term).add("term", suggester))).build(),
        deadline);
    List<String> out = new ArrayList<>();
    if (reply == null) {
      return out;
    }
    for (JsonValue entry : reply.getJsonObject("suggest").getJsonArray("w")) {
      for (JsonValue option : entry.asJsonObject().getJsonArray("options")) {
        out.add(option.asJsonObject().getString("text"));
      }
    }
    return out;
  }

  @Override
  public long articles(String field, String term) {
    JsonObject reply = search.search(QueryDsl.o().add("size", 0).add("track_total_hits", true)
        .add("query", term(field, term)).build(), deadline);
    return reply == null ? 0 : reply.getJsonObject("hits").getJsonObject("total").getJsonNumber("value").longValue();
  }

  /**
   * The articles' stored text analysed again by lede's analysis (what the cluster's equals: AnalysisTest),
   * keeping the places that make the term, as the embedded index reads them from its postings' offsets.
   */
  @Override
  public List<String> written(String field, String term, int articles) {
    JsonObject reply = search.search(QueryDsl.o().add("size", articles).add("track_total_hits", false)
        .add("query", term(field, term)).add("sort", QueryDsl.a().add("_doc")).add("_source", QueryDsl.a().add(field))
        .build(), deadline);
    List<String> out = new ArrayList<>();
    if (reply == null) {
      return out;
    }
    for (JsonValue hit : reply.getJsonObject("hits").getJsonArray("hits")) {
      JsonValue value = hit.asJsonObject().getJsonObject("_source").get(field);
      // The embedded index's stored values, each followed by a line break (captions are several).
      StringBuilder text = new StringBuilder();
      if (value instanceof JsonArray many) {
        for (JsonValue v : many) {
          text.append(((jakarta.json.JsonString) v).getString()).append('\n');
        }
      } else if (value instanceof jakarta.json.JsonString one) {
        text.append(one.getString()).append('\n');
      }
      for (io.github.lede.query.AnalyzedToken t : queries.analyze(field, text.toString())) {
        if (t.term().equals(term)) {
          out.add(text.substring(t.start(), t.end()));
        }
      }
    }
    return out;
  }

  @Override
  public Found found(SearchRequest request) {
    JsonObject query = new QueryDsl(request.query()).translate(queries.articles(request), false);
    JsonObject reply = search.search(QueryDsl.o().add("size", 1).add("track_total_hits", SearchResults.FEW)
        .add("query", query).add("_source", false).build(), deadline);
    if (reply == null) {
      return new Found(0, 0);
    }
    JsonObject hits = reply.getJsonObject("hits");
    JsonArray top = hits.getJsonArray("hits");
    float best = top.isEmpty() ? 0 : (float) top.getJsonObject(0).getJsonNumber("_score").doubleValue();
    return new Found(hits.getJsonObject("total").getJsonNumber("value").longValue(), best);
  }

  private static JsonObject term(String field, String term) {
    return QueryDsl.obj("term", QueryDsl.o().add(field, QueryDsl.o().add("value", term)));
  }
}
