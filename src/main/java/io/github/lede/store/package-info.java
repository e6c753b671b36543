/**
 * The seam between lede and where it keeps articles: an {@link io.github.lede.store.ArticleStore} writes
 * extracted articles and answers lede's searches. lede ships the embedded Lucene store; {@code lede-opensearch}
 * adds an OpenSearch cluster. Only store implementers need this package.
 */
package io.github.lede.store;
