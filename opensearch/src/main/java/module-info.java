/**
 * lede on an OpenSearch cluster: {@link io.github.lede.opensearch.OpenSearchStore} keeps lede's articles in
 * an OpenSearch index and answers lede's searches there. Open a {@code Lede} over it with
 * {@code OpenSearchStore.open(url)}.
 */
module io.github.lede.opensearch {
  requires transitive io.github.lede;
  // The client's jar names no module: this is the name Java derives from its file name.
  requires opensearch.java;
  requires org.apache.httpcomponents.core5.httpcore5;
  requires org.apache.httpcomponents.client5.httpclient5;
  requires jakarta.json;

  exports io.github.lede.opensearch;
}
