package io.github.lede.search;

import io.github.lede.model.ScoreExplanation;
import io.github.lede.model.SearchHit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/** Lucene's explanation of each hit's score, for the page's hits only (each costs about one more search). */
final class Explanations {
  private Explanations() {}

  static List<SearchHit> attach(IndexSearcher searcher, Query query, ScoreDoc[] page, List<SearchHit> hits)
      throws IOException {
    List<SearchHit> out = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      out.add(hits.get(i).withExplanation(of(searcher.explain(query, page[i].doc))));
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
