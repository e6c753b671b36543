package io.github.lede.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.lede.extract.ArticleExtractor;
import io.github.lede.index.ArticleDocuments;
import io.github.lede.index.Schema;
import io.github.lede.model.Article;
import io.github.lede.model.RawArticle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.junit.jupiter.api.Test;

/** The Lucene documents lede writes hold exactly the fields {@link IndexLayout} describes, of the kinds it says. */
class IndexLayoutTest {
  /**
   * An article that fills every field: dek, byline, dateline, caption, source, URL, date, people, quotes,
   * dates.
   */
  private static Article fullArticle() {
    RawArticle raw = RawArticle.builder("""
        By Ana Ruiz

        SEOUL, June 19 (Reuters) - North Korea fired a missile on Wednesday, officials said, the third launch
        since January 2024.

        "This is a grave provocation," said Defence Minister Shin Won-sik.

        "We are watching closely," Jenny Town told reporters.
        """)
        .headline("North Korea fires missile")
        .dek("The launch is the third this year.")
        .published("2024-06-19")
        .source("Reuters")
        .url("https://example.com/a")
        .captions(List.of("Soldiers watch a screen in Seoul."))
        .build();
    return new ArticleExtractor().extract(raw, null);
  }

  @Test
  void theLuceneDocumentsHoldExactlyTheDescribedFields() {
    Article a = fullArticle();
    assertTrue(a.quotes().size() >= 2 && !a.people().isEmpty() && !a.dates().isEmpty() && a.dateline() != null
        && !a.authors().isEmpty() && a.dek() != null, "the sample article should fill every field: " + a);
    List<Document> block = ArticleDocuments.of(a);
    Document article = block.get(block.size() - 1);
    assertFields(Level.ARTICLE, article);
    for (Document quote : block.subList(0, block.size() - 1)) {
      assertFields(Level.QUOTE, quote);
    }
  }

  private static void assertFields(Level level, Document doc) {
    Map<String, List<IndexableField>> byName = new TreeMap<>();
    for (IndexableField f : doc.getFields()) {
      byName.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f);
    }
    TreeSet<String> described = new TreeSet<>();
    IndexLayout.at(level).forEach(f -> described.add(f.name()));
    assertEquals(described, new TreeSet<>(byName.keySet()), level + " fields");
    for (IndexField f : IndexLayout.at(level)) {
      assertKind(f, byName.get(f.name()));
    }
  }

  /** Each Lucene field of a name (a name may have a point, doc values and a stored value) against its kind. */
  private static void assertKind(IndexField f, List<IndexableField> parts) {
    boolean stored = parts.stream().anyMatch(p -> p.fieldType().stored());
    // Names and sources facet from sorted-set doc values, mentioned dates from sorted numeric ones.
    boolean sortedSet = parts.stream().anyMatch(p -> p.fieldType().docValuesType() == DocValuesType.SORTED_SET
        || f.kind() == FieldKind.DAY_RANGES && p.fieldType().docValuesType() == DocValuesType.SORTED_NUMERIC);
    IndexableFieldType indexed = parts.stream().map(IndexableField::fieldType)
        .filter(t -> t.indexOptions() != IndexOptions.NONE).findFirst().orElse(null);
    int pointDims = parts.stream().mapToInt(p -> p.fieldType().pointDimensionCount()).max().orElse(0);
    if (f.kind() != FieldKind.EMBEDDED_ONLY) {
      assertEquals(f.stored(), stored, f + " stored");
      assertEquals(f.facet(), sortedSet, f + " facet doc values");
    }
    String where = f.toString();
    switch (f.kind()) {
      case ENGLISH_TEXT, NAME_WORDS, LOWERCASE_KEYWORD -> {
        assertTrue(indexed != null && indexed.tokenized() && !indexed.omitNorms(), where);
        assertEquals(f.offsets(), indexed.indexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, where);
      }
      case KEYWORD -> assertTrue(indexed != null && !indexed.tokenized() && indexed.omitNorms()
          && indexed.indexOptions() == IndexOptions.DOCS, where);
      case FACET_VALUE, STORED -> assertEquals(null, indexed, where);
      case DAY -> assertTrue(pointDims == 1
          && parts.stream().anyMatch(p -> p.fieldType().docValuesType() == DocValuesType.NUMERIC), where);
      case DAY_RANGES -> assertEquals(2, pointDims, where);
      case EMBEDDED_ONLY -> { }
    }
  }

  @Test
  void eachFieldScoresWithTheDescribedBm25() {
    for (IndexField f : IndexLayout.FIELDS) {
      Similarity s = Schema.SIMILARITY instanceof PerFieldSimilarityWrapper w ? w.get(f.name()) : Schema.SIMILARITY;
      BM25Similarity bm25 = assertInstanceOf(BM25Similarity.class, s, f.name());
      assertEquals(IndexLayout.scoring(f), new Bm25(bm25.getK1(), bm25.getB()), f.name());
    }
    assertEquals(new Bm25(0.9f, 0.4f), IndexLayout.scoring(IndexLayout.at(Level.ARTICLE).stream()
        .filter(f -> f.name().equals("body")).findFirst().orElseThrow()));
  }

  @Test
  void eachTextKindHasItsAnalysis() throws IOException {
    Analyzer analyzer = Schema.analyzer();
    for (IndexField f : IndexLayout.FIELDS) {
      List<String> tokens = tokens(analyzer, f.name(), "The Running Dogs");
      switch (f.kind()) {
        case ENGLISH_TEXT -> assertEquals(List.of("run", "dog"), tokens, f.name());
        case NAME_WORDS -> assertEquals(List.of("the", "running", "dogs"), tokens, f.name());
        case LOWERCASE_KEYWORD -> assertEquals(List.of("the running dogs"), tokens, f.name());
        default -> { }
      }
    }
  }

  private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void theValuesOfAnArticleFillTheDescribedFieldsAndReadBack() {
    Article a = fullArticle();
    ArticleValues v = ArticleValues.of(a);
    for (String name : v.article().keySet()) {
      assertTrue(IndexLayout.at(Level.ARTICLE).stream().anyMatch(f -> f.name().equals(name)
          && f.kind() != FieldKind.EMBEDDED_ONLY), name);
    }
    assertEquals(a.quotes().size(), v.quotes().size());
    Article back = ArticleValues.read(a.id(), a.headline(), a.dek(), a.body(), a.captions(), a.source(), a.url(),
        a.published(), ((ArticleValues.JsonText) v.article().get("_extras").get(0)).json());
    assertEquals(a, back);
  }
}
