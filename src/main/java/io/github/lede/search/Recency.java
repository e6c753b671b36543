package io.github.lede.search;

import io.github.lede.index.Schema;
import io.github.lede.model.SearchRequest;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.Query;

/**
 * The opt-in boost for newer articles: Lucene's distance-feature query on the publication day (its points
 * and doc values, which the index has for date ranges and sorting), added to the score as an optional
 * clause: {@code weight * halfLife / (halfLife + days from the origin)}, so an article one half-life from
 * the origin gains half of what one on the origin day gains, and undated articles gain nothing. The query
 * skips documents that can no longer compete, so the boost costs little.
 *
 * <p>The origin defaults to the newest article's day rather than today: an archive searched years later
 * would otherwise give every article almost the same tiny boost, and the same index gives the same ranking
 * on every run (tests and the two stores agree). A request may set it (today, for a live feed).
 */
final class Recency {
  private Recency() {}

  /** The boost clause for a request whose origin is set, or null when it asks for none. */
  static Query query(SearchRequest request) {
    if (request.recency() == null || request.recencyOrigin() == null) {
      return null;
    }
    return LongField.newDistanceFeatureQuery(Schema.PUBLISHED, SearchRequest.RECENCY_WEIGHT,
        request.recencyOrigin().toEpochDay(), pivotDays(request));
  }

  /** The half-life in whole days, at least one. */
  static long pivotDays(SearchRequest request) {
    return Math.max(1, request.recency().toDays());
  }

  /** The request with its recency origin set: the newest article's day when it names none. */
  static SearchRequest resolved(SearchRequest request, IndexReader reader) throws IOException {
    if (request.recency() == null || request.recencyOrigin() != null) {
      return request;
    }
    LocalDate newest = newest(reader);
    return request.toBuilder().recency(request.recency(), newest != null ? newest : LocalDate.ofEpochDay(0)).build();
  }

  /**
   * The newest publication day in the index, from the points' bounds (no document is read). Points of
   * articles deleted but not yet merged away still count, as a cluster's would not: until a merge, an
   * index whose newest article was deleted keeps that day as its origin.
   */
  static LocalDate newest(IndexReader reader) throws IOException {
    byte[] max = PointValues.getMaxPackedValue(reader, Schema.PUBLISHED);
    return max == null ? null : LocalDate.ofEpochDay(LongPoint.decodeDimension(max, 0));
  }
}
