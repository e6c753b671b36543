package io.github.lede.search;

import io.github.lede.model.SearchRequest;
import io.github.lede.query.Vocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
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

  @Override
  public List<String> texts(String field, String term, int max) {
    List<String> out = new ArrayList<>();
    Term t = new Term(field, term);
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        PostingsEnum docs = leaf.reader().postings(t, PostingsEnum.NONE);
        if (docs == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS && out.size() < max; d = docs.nextDoc()) {
          if (live == null || live.get(d)) {
            Document doc = stored.document(d, Set.of(field));
            StringBuilder text = new StringBuilder();
            for (IndexableField f : doc.getFields(field)) {
              text.append(f.stringValue()).append('\n');
            }
            out.add(text.toString());
          }
        }
        if (out.size() >= max) {
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
      // By relevance whatever the request's order: the best score is what is compared.
      org.apache.lucene.search.TopDocs top = searcher.search(articles.query(request),
          new org.apache.lucene.search.TopScoreDocCollectorManager(1, Integer.MAX_VALUE));
      return new Found(top.totalHits.value(), top.scoreDocs.length == 0 ? 0 : top.scoreDocs[0].score);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
