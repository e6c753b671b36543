package io.github.lede.opensearch;

import io.github.lede.LedeException;
import io.github.lede.model.Article;
import io.github.lede.store.StoreBatch;
import io.github.lede.store.WriteListener;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes articles to a cluster in bulk requests of about {@code bulkBytes}, at most {@code bulksInFlight}
 * under way; past that, {@link #write} waits (backpressure: memory stays bounded however fast the reader).
 * Each article's document id is its lede id, so writing it again replaces it and a re-run converges. A whole
 * request that fails for load, a server error or a dropped connection is sent again with backoff, and so is
 * each item the cluster refused for load; an item refused for itself (a document the mapping cannot take)
 * fails alone, reported to the listener. Two versions of one article are never in flight at once, so the
 * later always wins.
 */
final class BulkWriter implements StoreBatch {
  /** One article's bulk lines, with the token its document carries ({@link IndexMapping#WRITE}). */
  private record Item(String origin, String id, String token, byte[] lines) {}

  private final Http http;
  private final String index;
  private final OpenSearchOptions options;
  private final WriteListener listener;
  private final ExecutorService senders;
  private final Semaphore inFlight;
  /** Ids in requests under way, with how many times: a later version of one waits for them. */
  private final Map<String, Integer> sending = new HashMap<>();
  private final AtomicReference<RuntimeException> broken = new AtomicReference<>();
  private List<Item> chunk = new ArrayList<>();
  private long chunkBytes;
  /** This writer's part of every write token: tokens of two writers never meet. */
  private final String tokenPrefix = Long.toHexString(new java.security.SecureRandom().nextLong()) + "-";
  private long writes;

  BulkWriter(Http http, String index, OpenSearchOptions options, WriteListener listener) {
    this.http = http;
    this.index = index;
    this.options = options;
    this.listener = listener;
    this.inFlight = new Semaphore(options.bulksInFlight());
    AtomicInteger n = new AtomicInteger();
    this.senders = Executors.newFixedThreadPool(options.bulksInFlight(), r -> {
      Thread t = new Thread(r, "lede-bulk-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public void write(Article article, String origin) {
    failIfBroken();
    String action = "{\"index\":{\"_index\":" + Http.JSON.createValue(index) + ",\"_id\":"
        + Http.JSON.createValue(article.id()) + "}}\n";
    String token = tokenPrefix + Long.toHexString(writes++);
    JsonObject doc = Http.JSON.createObjectBuilder(Documents.of(article)).add(IndexMapping.WRITE, token).build();
    byte[] lines = (action + doc + "\n").getBytes(StandardCharsets.UTF_8);
    chunk.add(new Item(origin, article.id(), token, lines));
    chunkBytes += lines.length;
    if (chunkBytes >= options.bulkBytes()) {
      flush();
    }
  }

  private void flush() {
    if (chunk.isEmpty()) {
      return;
    }
    List<Item> items = chunk;
    chunk = new ArrayList<>();
    chunkBytes = 0;
    try {
      synchronized (sending) {
        while (items.stream().anyMatch(i -> sending.containsKey(i.id()))) {
          sending.wait();
        }
        items.forEach(i -> sending.merge(i.id(), 1, Integer::sum));
      }
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LedeException("indexing was interrupted", e);
    }
    senders.execute(() -> {
      try {
        send(items);
      } catch (RuntimeException e) {
        broken.compareAndSet(null, e);
      } finally {
        synchronized (sending) {
          items.forEach(i -> sending.computeIfPresent(i.id(), (k, v) -> v == 1 ? null : v - 1));
          sending.notifyAll();
        }
        inFlight.release();
      }
    });
  }

  /**
   * Sends items until each is written or refused for itself. When the cluster still cannot take them after
   * every retry (unreachable, overloaded, a shard without a copy), the store has failed rather than these
   * articles: the batch ends there, as it does on a full disk, instead of failing every later article slowly.
   */
  private void send(List<Item> items) {
    List<Item> pending = items;
    String lastReason = "no reply";
    // Whether the items pending may have been written by a request whose answer never came.
    boolean unanswered = false;
    for (int attempt = 0; attempt <= options.retries() && !pending.isEmpty(); attempt++) {
      if (attempt > 0) {
        http.backoff(attempt);
      }
      if (unanswered) {
        try {
          pending = unwritten(pending);
        } catch (IOException e) {
          lastReason = http.unreachable(e).getMessage();
          continue;
        }
        unanswered = false;
        if (pending.isEmpty()) {
          break;
        }
      }
      Http.Reply reply;
      try {
        reply = http.once("POST", "/_bulk", body(pending), "application/x-ndjson");
      } catch (IOException e) {
        lastReason = http.unreachable(e).getMessage();
        unanswered = true;
        continue;
      }
      if (Http.retryable(reply.status())) {
        lastReason = "OpenSearch at " + http.where() + " answered " + reply.reason();
        // A gateway's 502 or 504 may come after the node took the request.
        unanswered = reply.status() != 429;
        continue;
      }
      if (!reply.ok()) {
        String reason = "the cluster refused the request: " + reply.reason();
        pending.forEach(i -> listener.failed(i.origin(), i.id(), reason));
        return;
      }
      pending = outcomes(pending, reply.body());
      if (!pending.isEmpty()) {
        lastReason = "OpenSearch at " + http.where() + " was too busy (429) or had a shard without a copy";
      }
    }
    if (!pending.isEmpty()) {
      throw new LedeException(lastReason + "; " + pending.size() + " article" + (pending.size() == 1 ? "" : "s")
          + " not written after " + (options.retries() + 1) + " tries");
    }
  }

  /**
   * The items a request without an answer did not write. Each document carries its write's token, so one
   * found with the item's token was written by that request: it is told to the listener as the cluster would
   * have told it (its first version is a new article, a later one replaced an article), instead of being sent
   * again and counted as replacing itself.
   */
  private List<Item> unwritten(List<Item> items) throws IOException {
    jakarta.json.JsonArrayBuilder ids = Http.JSON.createArrayBuilder();
    items.forEach(i -> ids.add(i.id()));
    byte[] body = Http.JSON.createObjectBuilder().add("ids", ids).build().toString().getBytes(StandardCharsets.UTF_8);
    Http.Reply reply = http.once("POST", "/" + index + "/_mget?_source_includes=" + IndexMapping.WRITE
        + "&realtime=true", body, "application/json");
    if (!reply.ok()) {
      throw new IOException("reading back " + items.size() + " articles answered " + reply.reason());
    }
    var docs = reply.body().getJsonArray("docs");
    List<Item> left = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      JsonObject d = docs.getJsonObject(i);
      JsonObject source = d.getBoolean("found", false) ? d.getJsonObject("_source") : null;
      if (source != null && item.token().equals(source.getString(IndexMapping.WRITE, null))) {
        listener.written(item.origin(), item.id(), d.getJsonNumber("_version").longValue() > 1);
      } else {
        left.add(item);
      }
    }
    return left;
  }

  /** Tells the listener each item's outcome; returns the items to try again. */
  private List<Item> outcomes(List<Item> sent, JsonObject reply) {
    List<Item> again = new ArrayList<>();
    var results = reply.getJsonArray("items");
    for (int i = 0; i < sent.size(); i++) {
      Item item = sent.get(i);
      JsonObject r = results.getJsonObject(i).getJsonObject("index");
      int status = r.getInt("status", 500);
      if (status >= 200 && status < 300) {
        listener.written(item.origin(), item.id(), "updated".equals(r.getString("result", "")));
      } else if (Http.retryable(status) || status >= 500) {
        again.add(item);
      } else {
        JsonValue error = r.get("error");
        String why = error instanceof JsonObject e ? e.getString("type", "") + ": " + e.getString("reason", "")
            : "HTTP " + status;
        listener.failed(item.origin(), item.id(), "the cluster refused it: " + why);
      }
    }
    return again;
  }

  private static byte[] body(List<Item> items) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    items.forEach(i -> out.writeBytes(i.lines()));
    return out.toByteArray();
  }

  /** Waits until every request under way has been answered. */
  private void drain() {
    try {
      inFlight.acquire(options.bulksInFlight());
      inFlight.release(options.bulksInFlight());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LedeException("indexing was interrupted", e);
    }
    failIfBroken();
  }

  private void failIfBroken() {
    RuntimeException e = broken.get();
    if (e != null) {
      throw new LedeException(e.getMessage(), e);
    }
  }

  /** An acknowledged bulk item is in the translog of every copy, synced (the index's translog durability). */
  @Override
  public boolean durableWhenWritten() {
    return true;
  }

  /** Waits for every request under way, then refreshes: the writes are durable already, now searchable too. */
  @Override
  public void commit() {
    flush();
    drain();
    Http.Reply r = http.send("POST", "/" + index + "/_refresh", null);
    if (!r.ok()) {
      throw new LedeException("refreshing OpenSearch index " + index + " failed: " + r.reason());
    }
  }

  /**
   * Sends what is left and waits for it, unless a request has failed for good: then nothing more is sent (the
   * batch is ending on that failure) and requests still under way are abandoned.
   */
  @Override
  public void close() {
    try {
      if (broken.get() == null) {
        flush();
        drain();
      }
    } finally {
      senders.shutdownNow();
    }
  }
}
