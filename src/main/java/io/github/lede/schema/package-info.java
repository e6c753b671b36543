/**
 * lede's index layout as a description that any store renders: which fields an article and its quotes carry,
 * how each is analysed and what it is for. The embedded Lucene index is built to it (a test holds
 * {@code ArticleDocuments} to it), and {@code lede-opensearch} renders it as an index mapping, so the two
 * cannot drift apart. Exported to the OpenSearch module only.
 */
package io.github.lede.schema;
