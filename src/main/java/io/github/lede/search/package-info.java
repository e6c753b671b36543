/**
 * Searching the Lucene index: lede's query syntax parsed to Lucene queries, quote joins, facets, highlights
 * and paging, behind the {@code LuceneStore} that the facade reaches through the store seam. With
 * {@code index}, the only package that imports Lucene. Internal.
 */
package io.github.lede.search;
