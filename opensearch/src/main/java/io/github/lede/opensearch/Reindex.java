package io.github.lede.opensearch;

import io.github.lede.LedeException;
import io.github.lede.store.WriteListener;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Copies the articles of one index into another through lede: each document's source is read back into an
 * {@code Article} and written anew, so the new index holds every field of the new layout, not only what the
 * old one stored. Pages follow the id order with {@code search_after}.
 */
final class Reindex {
  private static final int PAGE = 500;

  private Reindex() {}

  static long copy(Http http, String from, String to, OpenSearchOptions options) {
    AtomicLong written = new AtomicLong();
    StringBuilder failures = new StringBuilder();
    WriteListener listener = new WriteListener() {
      @Override
      public void written(String origin, String id, boolean replaced) {
        written.incrementAndGet();
      }

      @Override
      public synchronized void failed(String origin, String id, String reason) {
        if (failures.length() < 500) {
          failures.append(id).append(": ").append(reason).append("; ");
        }
      }
    };
    String after = null;
    try (BulkWriter writer = new BulkWriter(http, to, options, listener)) {
      while (true) {
        String body = "{\"size\":" + PAGE + ",\"query\":{\"match_all\":{}},\"sort\":[{\"id\":\"asc\"}]"
            + (after == null ? "" : ",\"search_after\":" + after) + ",\"_source\":{\"excludes\":[\"quotes\"]}}";
        Http.Reply r = http.send("POST", "/" + from + "/_search", body);
        if (!r.ok()) {
          throw new LedeException("reading " + from + " failed: " + r.reason());
        }
        JsonArray hits = r.body().getJsonObject("hits").getJsonArray("hits");
        for (int i = 0; i < hits.size(); i++) {
          JsonObject hit = hits.getJsonObject(i);
          writer.write(Documents.article(hit.getJsonObject("_source")), from + "/" + hit.getString("_id"));
        }
        if (hits.size() < PAGE) {
          break;
        }
        after = hits.getJsonObject(hits.size() - 1).getJsonArray("sort").toString();
      }
      writer.commit();
    }
    if (!failures.isEmpty()) {
      throw new LedeException("reindexing " + from + " into " + to + " lost articles: " + failures);
    }
    return written.get();
  }
}
