/**
 * lede: news articles in, structured records and ranked, highlighted search out.
 *
 * <p>Start with {@link io.github.lede.Lede}; the records it takes and returns are in
 * {@link io.github.lede.model}.
 */
module io.github.lede {
  requires org.apache.lucene.core;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.queryparser;
  requires org.apache.lucene.highlighter;
  requires org.apache.lucene.join;
  requires com.fasterxml.jackson.core;
  requires org.jsoup;

  exports io.github.lede;
  exports io.github.lede.model;
  exports io.github.lede.store;
  // lede's index layout and queries in engine-neutral form, for the store on an OpenSearch cluster.
  exports io.github.lede.schema to io.github.lede.opensearch;
  exports io.github.lede.query to io.github.lede.opensearch;
}
