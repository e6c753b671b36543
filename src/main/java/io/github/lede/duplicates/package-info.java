/**
 * Duplicates found from an article's text alone, the same way by every store: a content hash for exact
 * duplicates (the same words in the same order under another id) and a MinHash signature of the body's word
 * shingles for near duplicates (wire copy republished with small edits). Both are computed once, at index
 * time, in linear time, and written as keyword fields ({@code index.Schema}), so that a search folds
 * duplicates by comparing a few short strings per hit. Plain Java: no Lucene here. Exported to the OpenSearch
 * module only.
 */
package io.github.lede.duplicates;
