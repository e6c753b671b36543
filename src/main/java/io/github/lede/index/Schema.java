package io.github.lede.index;

import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The index's fields. An article is a block of Lucene documents: one child per quote, then the article
 * itself last (as lucene-join wants), all carrying the article's id in {@link #BLOCK} so one term replaces or
 * deletes the whole block.
 */
public final class Schema {
  /** "article" or "quote": searches filter on it so quote children never surface as articles. */
  public static final String TYPE = "_type";
  public static final String TYPE_ARTICLE = "article";
  public static final String TYPE_QUOTE = "quote";
  /** The article id on every document of its block. */
  public static final String BLOCK = "_block";

  public static final String ID = "id";
  public static final String HEADLINE = "headline";
  public static final String BODY = "body";
  public static final String CAPTION = "caption";
  /** The standfirst under the headline. */
  public static final String DEK = "dek";
  public static final String DATELINE = "dateline";
  public static final String AUTHOR = "author";
  /** Source, lower-cased as one token, for {@code source:reuters}. */
  public static final String SOURCE = "source";
  /** Source as written, as doc values, for facets. */
  public static final String SOURCE_FACET = "source_facet";
  public static final String URL = "url";
  /** Publication day as epoch day: a point for ranges, doc values for sorting, stored as ISO text. */
  public static final String PUBLISHED = "published";
  /** Canonical person names, exact: filters and facets. */
  public static final String PERSON = "person";
  /** Person names analysed word by word: {@code person:putin}. */
  public static final String PERSON_NAME = "person_name";
  /**
   * Each resolved date mention as the interval of days it covers: a range point for queries, and doc values
   * ({@link DayIntervals#encode}) for the facet of mentioned dates.
   */
  public static final String MENTIONS = "mentions";
  /** The date mentions again, compactly, for search hits ({@link StoredDates}). */
  public static final String DATES = "_dates";
  /** The hash of the article's words ({@code duplicates.BodySignature}): its exact duplicates share it. */
  public static final String CONTENT_HASH = "_content";
  /** The bands of the body's MinHash signature, terms and doc values: near duplicates share one. */
  public static final String NEAR_BANDS = "_near";
  /** Structured fields (people, quotes, dates, credits, ...) as stored JSON. */
  public static final String EXTRAS = "_extras";

  public static final String QUOTE = "quote";
  public static final String SPEAKER = "speaker";
  public static final String SPEAKER_NAME = "speaker_name";
  /** On a quote: what kind of speaker ({@code person}, {@code other}), stored. */
  public static final String SPEAKER_KIND = "speaker_kind";
  /**
   * On a quote: the speaker as the article writes it, with titles and appositions ("a State Department
   * spokesman"), stored and searchable in English analysis; {@link #SPEAKER} keeps the canonical name.
   */
  public static final String SPEAKER_AS_WRITTEN = "speaker_as_written";

  /**
   * Analysed, stored text with offsets in the postings: the UnifiedHighlighter reads offsets from there
   * instead of analysing the text again, which keeps highlighting fast on long articles.
   */
  public static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  /**
   * BM25's term-frequency saturation (k1) and length normalisation (b) for the article text fields
   * (headline, dek, body, caption): Anserini's defaults for news collections, tuned on TREC's Robust04 rather
   * than on lede's own judgments. Lucene's 1.2 and 0.75 punish long articles harder; on the Reuters topics
   * 0.9 and 0.4 rank better (README, Ranking).
   */
  public static final float TEXT_K1 = 0.9f;
  public static final float TEXT_B = 0.4f;

  /** The article text fields that {@link #TEXT_K1} and {@link #TEXT_B} apply to. */
  public static final Set<String> RANKED_TEXT = Set.of(HEADLINE, DEK, BODY, CAPTION);

  /**
   * How searches score: BM25 with {@link #TEXT_K1} and {@link #TEXT_B} on the article text fields, Lucene's
   * BM25 defaults elsewhere (quotes, names), which no judgments measure yet. BM25 writes the same norms
   * whatever k1 and b are, so this is a search-time choice: indexes written before it stay valid.
   */
  public static final Similarity SIMILARITY = new PerFieldSimilarityWrapper() {
    private final Similarity text = new BM25Similarity(TEXT_K1, TEXT_B);
    private final Similarity other = new BM25Similarity();

    @Override
    public Similarity get(String field) {
      return RANKED_TEXT.contains(field) ? text : other;
    }
  };

  private Schema() {}

  private static FieldType textWithOffsets() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  /**
   * English analysis (stemming, stop words) for prose; standard analysis without stemming for names, so
   * "Jones" does not match "Jone"; one lower-cased token for sources, so "The Globe and Mail" stays whole.
   */
  public static Analyzer analyzer() {
    Analyzer english = new EnglishAnalyzer();
    Analyzer names = new StandardAnalyzer();
    Analyzer keyword = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        KeywordTokenizer tokenizer = new KeywordTokenizer();
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
      }

      @Override
      protected org.apache.lucene.analysis.TokenStream normalize(String fieldName,
          org.apache.lucene.analysis.TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
    return new PerFieldAnalyzerWrapper(english, Map.of(
        PERSON_NAME, names, SPEAKER_NAME, names, AUTHOR, names, SOURCE, keyword));
  }
}
