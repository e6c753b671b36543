package io.github.lede.search;

import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.query.Vocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.Bits;

/**
 * The embedded index's vocabulary: Lucene's {@link DirectSpellChecker} over the terms of a point-in-time
 * searcher (no side index to build or keep in step), and stored fields for how a stem is written.
 */
final class IndexVocabulary implements Vocabulary {
  private final IndexSearcher searcher;
  private final ArticleSearcher articles;

  IndexVocabulary(IndexSearcher searcher, ArticleSearcher articles) {
    this.searcher = searcher;
    this.articles = articles;
  }

  /**
   * The checker's settings, which a cluster's term suggester is given too: Lucene's defaults (two edits, the
   * first letter kept, accuracy 0.5), except that three-letter words are corrected ("unn" to "un"), not
   * only words of four letters or more.
   */
  static DirectSpellChecker checker() {
    DirectSpellChecker c = new DirectSpellChecker();
    c.setMinQueryLength(MIN_WORD_LENGTH);
    return c;
  }

  /** The shortest term corrected. */
  static final int MIN_WORD_LENGTH = 3;

  @Override
  public List<String> corrections(String field, String term, int max) {
    try {
      SuggestWord[] words = checker().suggestSimilar(new Term(field, term), max, searcher.getIndexReader(),
          SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      List<String> out = new ArrayList<>(words.length);
      for (SuggestWord w : words) {
        out.add(w.string);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public long articles(String field, String term) {
    try {
      return searcher.getIndexReader().docFreq(new Term(field, term));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * From the offsets the text fields keep in their postings (for highlighting): the stored text is read, not
   * analysed again. A field of several values (captions) counts offsets across them as one text, each value
   * followed by one position of gap, which joining them with a line break reproduces.
   */
  @Override
  public List<String> written(String field, String term, int max) {
    List<String> out = new ArrayList<>();
    Term t = new Term(field, term);
    int articles = 0;
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        PostingsEnum docs = leaf.reader().postings(t, PostingsEnum.OFFSETS);
        if (docs == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS && articles < max; d = docs.nextDoc()) {
          if (live != null && !live.get(d)) {
            continue;
          }
          articles++;
          StringBuilder text = new StringBuilder();
          for (IndexableField f : stored.document(d, Set.of(field)).getFields(field)) {
            text.append(f.stringValue()).append('\n');
          }
          for (int i = docs.freq(); i > 0; i--) {
            docs.nextPosition();
            if (docs.startOffset() >= 0 && docs.endOffset() <= text.length()) {
              out.add(text.substring(docs.startOffset(), docs.endOffset()));
            }
          }
        }
        if (articles >= max) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Override
  public Found found(SearchRequest request) {
    try {
      // By relevance whatever the request's order: the best score is what is compared. Counting stops past
      // FEW: a query that found fewer is bettered by any count past it.
      org.apache.lucene.search.TopDocs top = searcher.search(articles.query(request),
          new org.apache.lucene.search.TopScoreDocCollectorManager(1, SearchResults.FEW));
      return new Found(top.totalHits.value(), top.scoreDocs.length == 0 ? 0 : top.scoreDocs[0].score);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
