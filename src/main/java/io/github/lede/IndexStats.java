package io.github.lede;

/**
 * What an index holds.
 *
 * @param articles articles searchable now
 * @param quotes quotes indexed with them
 * @param segments Lucene segments (many small ones merge over time)
 * @param bytes size of the index files on disk (0 for an in-memory index)
 */
public record IndexStats(long articles, long quotes, int segments, long bytes) {}
