/**
 * lede's facade: {@link io.github.lede.Lede} opens an index and indexes, searches and deletes articles;
 * {@link io.github.lede.Articles} reads and extracts them without an index. Exported; the records it takes
 * and returns are in {@link io.github.lede.model}.
 *
 * <p>The flow, one way: files and strings are read by {@code ingest} into raw articles, turned into
 * {@link io.github.lede.model.Article}s by {@code extract} (on the text layer of {@code text}), written by a
 * {@link io.github.lede.store.ArticleStore} ({@code index} for Lucene) and searched through it
 * ({@code search}). Only {@code index} and {@code search} import Lucene.
 */
package io.github.lede;
