package io.github.lede.index;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.Terms;

/**
 * A reader whose term enumerations stop once the calling thread's {@link SearchDeadline} has passed, by
 * throwing {@link ExitableDirectoryReader.ExitingReaderException}. A prefix, wildcard or fuzzy word walks the
 * term dictionary before a document is scored, and the highlighter walks it again for each hit, so a query of
 * many wildcards would otherwise run on for seconds past its deadline. Only terms are watched, unlike
 * Lucene's {@link ExitableDirectoryReader}, which also checks at every step of doc values and points: a
 * newest-first search walks the publication dates' point tree to skip documents, and paid for those checks
 * with no bound gained (collection is bounded by {@link DeadlineSearcher}). Outside a search, with no
 * deadline set, nothing ever stops.
 */
final class DeadlineReader extends FilterDirectoryReader {
  private static final QueryTimeout DEADLINE = SearchDeadline::passed;

  DeadlineReader(DirectoryReader in) throws IOException {
    super(in, new SubReaderWrapper() {
      @Override
      public LeafReader wrap(LeafReader reader) {
        return new Leaf(reader);
      }
    });
  }

  @Override
  protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
    return new DeadlineReader(in);
  }

  @Override
  public CacheHelper getReaderCacheHelper() {
    // Same documents, same terms: caches keyed on the reader underneath stay valid.
    return in.getReaderCacheHelper();
  }

  private static final class Leaf extends FilterLeafReader {
    Leaf(LeafReader in) {
      super(in);
    }

    @Override
    public Terms terms(String field) throws IOException {
      Terms terms = super.terms(field);
      return terms == null ? null : new ExitableDirectoryReader.ExitableTerms(terms, DEADLINE);
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
      return in.getCoreCacheHelper();
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return in.getReaderCacheHelper();
    }
  }
}
