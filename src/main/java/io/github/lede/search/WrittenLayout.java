package io.github.lede.search;

import io.github.lede.LedeException;
import io.github.lede.index.ArticleIndex;
import io.github.lede.schema.IndexLayout;

/**
 * Which layout wrote an embedded index, read from its last commit ({@link #KEY}). Articles written by an older
 * lede lack fields newer features read, so those features, and writing more articles beside the old ones, are
 * refused in one line that says what to do, rather than answering nothing.
 */
final class WrittenLayout {
  /** Commit data: the layout the index was written with ({@link IndexLayout#version()}). */
  static final String KEY = "lede.layout";

  /** Why the index's layout is not this lede's, or null when it is (or the index holds nothing yet). */
  private final String older;

  private WrittenLayout(String older) {
    this.older = older;
  }

  static WrittenLayout of(ArticleIndex.LastCommit last, String location) {
    String written = last.data().get(KEY);
    if (!last.holdsDocuments() || IndexLayout.version().equals(written)) {
      return new WrittenLayout(null);
    }
    return new WrittenLayout("the " + location + " was written by an older lede (" + (written == null
        ? "before lede recorded its layout" : "layout " + written) + "; this lede's is " + IndexLayout.version() + ")");
  }

  /** Refuses what needs this lede's layout on an index written with another, naming what and how to mend it. */
  void require(String what) {
    if (older != null) {
      throw new LedeException(older + ": " + what + " needs its articles indexed again, into a new index directory");
    }
  }
}
