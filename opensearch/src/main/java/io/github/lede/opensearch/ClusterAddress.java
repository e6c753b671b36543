package io.github.lede.opensearch;

import io.github.lede.LedeException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a store's articles are: a cluster reached through one node's URL ({@code http://host:9200/news}), the
 * index name (the URL's path) and every node that answers HTTP. lede sends its requests to all of them in
 * turn, so the cluster keeps answering when the node named in the URL is lost.
 *
 * @param seed the node named in the URL
 * @param alias the index name
 * @param nodes the nodes to send requests to, the seed first
 */
record ClusterAddress(URI seed, String alias, List<URI> nodes) {
  private static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,100}");

  /**
   * Parses the URL and asks the node it names, once, whether it is OpenSearch and (when {@code discover}) which
   * nodes the cluster has: a cluster that is down at the start is reported at once, naming the URL, rather than
   * after minutes of retries.
   */
  static ClusterAddress resolve(String url, OpenSearchOptions options, boolean discover) {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new LedeException("not an OpenSearch URL: " + url + " (write http://host:9200/index)");
    }
    if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
      throw new LedeException("not an OpenSearch URL: " + url + " (write http://host:9200/index)");
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+|/+$", "");
    String alias = path.isEmpty() ? "lede" : path;
    if (!INDEX_NAME.matcher(alias).matches()) {
      throw new LedeException("\"" + alias + "\" cannot name an OpenSearch index: use lower-case letters, digits,"
          + " '-', '_' and '.'");
    }
    URI seed = URI.create(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
    try (Http http = new Http(List.of(seed), url, options)) {
      Http.Reply hello;
      try {
        hello = http.once("GET", "/", null, "application/json");
      } catch (java.io.IOException e) {
        throw http.unreachable(e);
      }
      if (!hello.ok()) {
        throw new LedeException("OpenSearch at " + url + " answered " + hello.reason());
      }
      return new ClusterAddress(seed, alias, discover ? nodes(http, seed) : List.of(seed));
    }
  }

  /** The seed, then every other node's HTTP address as the cluster publishes it, with the seed's scheme. */
  private static List<URI> nodes(Http http, URI seed) {
    List<URI> out = new ArrayList<>(List.of(seed));
    Http.Reply r = http.send("GET", "/_nodes/http?filter_path=nodes.*.http.publish_address", null);
    JsonValue nodes = r.ok() ? r.body().get("nodes") : null;
    if (nodes instanceof JsonObject all) {
      for (JsonValue n : all.values()) {
        JsonValue h = n.asJsonObject().get("http");
        String address = h instanceof JsonObject o ? o.getString("publish_address", "") : "";
        // "host/127.0.0.1:9201" names the host, then the address to use.
        address = address.substring(address.lastIndexOf('/') + 1);
        if (!address.isEmpty()) {
          URI node = URI.create(seed.getScheme() + "://" + address);
          if (!out.contains(node)) {
            out.add(node);
          }
        }
      }
    }
    return List.copyOf(out);
  }
}
