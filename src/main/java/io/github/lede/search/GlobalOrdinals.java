package io.github.lede.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The map from each segment's ordinals of a doc-values field to ordinals over the whole reader, built on
 * the reader's first facet request and kept until the reader closes. Building it reads every segment's
 * terms of the field, which costs far more than one facet count; a reader lives for many searches, so the
 * cost is paid once per refresh (Lucene's own facet module asks its users to keep such a state per reader).
 */
final class GlobalOrdinals {
  private static final Map<IndexReader.CacheKey, Map<String, OrdinalMap>> BY_READER = new ConcurrentHashMap<>();

  private GlobalOrdinals() {}

  /** The map for a reader and field; null when the reader has at most one segment (its ordinals are global). */
  static OrdinalMap of(IndexReader reader, String field) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    if (leaves.size() <= 1) {
      return null;
    }
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return build(null, leaves, field);
    }
    Map<String, OrdinalMap> fields = BY_READER.computeIfAbsent(helper.getKey(), key -> {
      helper.addClosedListener(BY_READER::remove);
      return new ConcurrentHashMap<>();
    });
    OrdinalMap map = fields.get(field);
    if (map == null) {
      // Two threads may build the same map once each; the second simply replaces the first.
      map = build(helper.getKey(), leaves, field);
      fields.put(field, map);
    }
    return map;
  }

  private static OrdinalMap build(IndexReader.CacheKey owner, List<LeafReaderContext> leaves, String field)
      throws IOException {
    SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      values[leaf.ord] = DocValues.getSortedSet(leaf.reader(), field);
    }
    return OrdinalMap.build(owner, values, PackedInts.DEFAULT);
  }
}
