package io.github.lede.search;

import io.github.lede.model.ScoreExplanation;
import io.github.lede.model.SearchHit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Lucene's explanation of each hit's score, for the page's hits only. The query is rewritten and weighed
 * once for the page (what {@code IndexSearcher.explain} would redo for every hit), then each hit is
 * explained in its segment.
 */
final class Explanations {
  private Explanations() {}

  static List<SearchHit> attach(IndexSearcher searcher, Query query, ScoreDoc[] page, List<SearchHit> hits)
      throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<SearchHit> out = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(page[i].doc, leaves));
      out.add(hits.get(i).withExplanation(of(weight.explain(leaf, page[i].doc - leaf.docBase))));
    }
    return out;
  }

  static ScoreExplanation of(Explanation e) {
    List<ScoreExplanation> details = new ArrayList<>();
    for (Explanation d : e.getDetails()) {
      details.add(of(d));
    }
    return new ScoreExplanation(e.getValue().floatValue(), e.getDescription(), details);
  }
}
