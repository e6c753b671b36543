package io.github.lede.reliability;

import io.github.lede.index.Schema;
import io.github.lede.search.LuceneStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * What an index directory holds, read as Lucene reads it after a crash: whether there is a commit, whether
 * CheckIndex finds it clean, the commit's data, and its articles and quotes, with the two ways a crash could
 * spoil them: an article twice (same id, two live documents) and a quote whose block lost its article.
 *
 * @param committed false when no commit was ever made (a crash before the first)
 * @param clean CheckIndex found no problem
 * @param check what CheckIndex printed, for a failure's message
 * @param batchArticles the commit data's count of articles its batch had written, or -1
 * @param articles live article documents
 * @param distinctIds distinct ids among them
 * @param quotes live quote documents
 * @param orphanQuotes quote documents not followed, in their block, by the article whose id they carry
 */
record IndexState(boolean committed, boolean clean, String check, long batchArticles, long articles,
    long distinctIds, long quotes, long orphanQuotes) {

  static IndexState of(Path dir) {
    try (Directory d = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(d)) {
        return new IndexState(false, true, "no commit", -1, 0, 0, 0, 0);
      }
      Map<String, String> data = SegmentInfos.readLatestCommit(d).getUserData();
      long batchArticles = Long.parseLong(data.getOrDefault(LuceneStore.BATCH_ARTICLES, "-1"));
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      boolean clean;
      try (CheckIndex check = new CheckIndex(d)) {
        check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
        clean = check.checkIndex().clean;
      }
      long articles = 0;
      long quotes = 0;
      long orphans = 0;
      Set<String> ids = new HashSet<>();
      try (DirectoryReader reader = DirectoryReader.open(d)) {
        for (LeafReaderContext leaf : reader.leaves()) {
          LeafReader r = leaf.reader();
          FixedBitSet quoteDocs = docsWith(r, new Term(Schema.TYPE, Schema.TYPE_QUOTE));
          FixedBitSet articleDocs = docsWith(r, new Term(Schema.TYPE, Schema.TYPE_ARTICLE));
          Bits live = r.getLiveDocs();
          StoredFields stored = r.storedFields();
          // A block is its quotes, then its article: walk back from each article over its quotes.
          Set<Integer> claimed = new HashSet<>();
          for (int doc = 0; doc < r.maxDoc(); doc++) {
            if (!articleDocs.get(doc) || (live != null && !live.get(doc))) {
              continue;
            }
            articles++;
            String id = stored.document(doc).get(Schema.ID);
            ids.add(id);
            for (int q = doc - 1; q >= 0 && quoteDocs.get(q); q--) {
              if (id.equals(stored.document(q).get(Schema.BLOCK))) {
                claimed.add(q);
              }
            }
          }
          for (int q = quoteDocs.nextSetBit(0); q != DocIdSetIterator.NO_MORE_DOCS;
              q = q + 1 < r.maxDoc() ? quoteDocs.nextSetBit(q + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            if (live == null || live.get(q)) {
              quotes++;
              if (!claimed.contains(q)) {
                orphans++;
              }
            }
          }
        }
      }
      return new IndexState(true, clean, log.toString(StandardCharsets.UTF_8), batchArticles, articles,
          ids.size(), quotes, orphans);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index at " + dir, e);
    }
  }

  private static FixedBitSet docsWith(LeafReader r, Term term) throws IOException {
    FixedBitSet bits = new FixedBitSet(Math.max(1, r.maxDoc()));
    PostingsEnum p = r.postings(term, PostingsEnum.NONE);
    if (p != null) {
      for (int doc = p.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = p.nextDoc()) {
        bits.set(doc);
      }
    }
    return bits;
  }
}
