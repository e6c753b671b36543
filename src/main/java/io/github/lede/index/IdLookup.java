package io.github.lede.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Answers "is this article id in the index?" for a whole indexing batch from one point-in-time reader: a
 * terms-dictionary seek per segment, no query, no scoring. What the batch itself writes is not seen; the
 * batch keeps its own set of those.
 */
public final class IdLookup implements Closeable {
  private final ArticleIndex index;
  private final IndexSearcher searcher;
  private final List<TermsEnum> terms = new ArrayList<>();
  private final List<Bits> live = new ArrayList<>();
  private PostingsEnum postings;

  IdLookup(ArticleIndex index) throws IOException {
    this.index = index;
    this.searcher = index.acquire();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      LeafReader reader = leaf.reader();
      Terms t = reader.terms(Schema.ID);
      if (t != null) {
        terms.add(t.iterator());
        live.add(reader.getLiveDocs());
      }
    }
  }

  public boolean contains(String id) throws IOException {
    BytesRef key = new BytesRef(id);
    for (int i = 0; i < terms.size(); i++) {
      TermsEnum te = terms.get(i);
      if (!te.seekExact(key)) {
        continue;
      }
      postings = te.postings(postings, PostingsEnum.NONE);
      Bits liveDocs = live.get(i);
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (liveDocs == null || liveDocs.get(doc)) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    index.release(searcher);
  }
}
