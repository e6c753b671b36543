package io.github.lede.search;

import io.github.lede.duplicates.Folding;
import io.github.lede.index.Schema;
import io.github.lede.model.SearchHit;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.model.SortOrder;
import io.github.lede.index.SearchDeadline;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * A search whose near duplicates fold into the best-ranked of them ({@link SearchRequest#collapse}): the top
 * {@link SearchRequest#collapseScan()} matches are collected as usual, their signature bands read from doc
 * values (a few short terms per hit, no stored fields), and {@link Folding} groups them. Only the page's
 * heads are read and highlighted; of the folded hits only the id is read.
 */
final class CollapsedSearch {
  private CollapsedSearch() {}

  static SearchResults search(ArticleSearcher articles, IndexSearcher searcher, SearchRequest request, Query scoring,
      Query query) throws IOException {
    ScoreDoc after = request.after() == null ? null : Cursor.decode(request);
    int threshold = request.exactTotal() ? Integer.MAX_VALUE : ArticleSearcher.COUNT_THRESHOLD;
    int scan = request.collapseScan();
    TopDocs top = request.sort() == SortOrder.RELEVANCE
        ? searcher.search(query, new TopScoreDocCollectorManager(scan, after, Math.max(threshold, scan)))
        : searcher.search(query, new TopFieldCollectorManager(ArticleSearcher.dateSort(request.sort()), scan,
            (FieldDoc) after, Math.max(threshold, scan)));
    ScoreDoc[] raw = top.scoreDocs;
    Folding.Result folded = Folding.fold(bands(searcher.getIndexReader(), raw), request.size());
    ScoreDoc[] page = new ScoreDoc[folded.groups().size()];
    for (int i = 0; i < page.length; i++) {
      page[i] = raw[folded.groups().get(i).head()];
    }
    List<SearchHit> heads = articles.hits(searcher, request, scoring, query, page);
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(heads.size());
    for (int i = 0; i < page.length; i++) {
      List<String> ids = new ArrayList<>();
      for (int member : folded.groups().get(i).folded()) {
        ids.add(stored.document(raw[member].doc, Set.of(Schema.ID)).get(Schema.ID));
      }
      hits.add(heads.get(i).withDuplicates(ids));
    }
    boolean windowFull = raw.length == scan && (top.totalHits.value() > scan
        || top.totalHits.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO);
    boolean more = folded.scanned() < raw.length || windowFull;
    String next = more && folded.scanned() > 0 ? Cursor.encode(request, raw[folded.scanned() - 1]) : null;
    boolean timedOut = SearchDeadline.passed();
    boolean lowerBound = top.totalHits.relation() == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO || timedOut;
    return new SearchResults(top.totalHits.value(), lowerBound, hits, next, timedOut);
  }

  /** Each hit's bands, in hit order, read leaf by leaf in doc order (doc values only go forward). */
  static List<List<String>> bands(IndexReader reader, ScoreDoc[] hits) throws IOException {
    Integer[] byDoc = new Integer[hits.length];
    for (int i = 0; i < hits.length; i++) {
      byDoc[i] = i;
    }
    Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
    List<List<String>> out = new ArrayList<>(java.util.Collections.nCopies(hits.length, List.<String>of()));
    List<LeafReaderContext> leaves = reader.leaves();
    int leaf = -1;
    SortedSetDocValues values = null;
    for (int i : byDoc) {
      int doc = hits[i].doc;
      int at = ReaderUtil.subIndex(doc, leaves);
      if (at != leaf) {
        leaf = at;
        values = DocValues.getSortedSet(leaves.get(at).reader(), Schema.NEAR_BANDS);
      }
      if (values.advanceExact(doc - leaves.get(at).docBase)) {
        List<String> bands = new ArrayList<>(values.docValueCount());
        for (int k = 0; k < values.docValueCount(); k++) {
          bands.add(values.lookupOrd(values.nextOrd()).utf8ToString());
        }
        out.set(i, bands);
      }
    }
    return out;
  }
}
