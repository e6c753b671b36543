package io.github.lede.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.lede.duplicates.BodySignature;
import io.github.lede.json.ArticleJson;
import io.github.lede.model.Article;
import io.github.lede.model.DateMention;
import io.github.lede.model.Person;
import io.github.lede.model.Quote;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/** Turns an {@link Article} into its block of Lucene documents: quote children first, the article last. */
public final class ArticleDocuments {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private ArticleDocuments() {}

  public static List<Document> of(Article a) {
    List<Document> block = new ArrayList<>(a.quotes().size() + 1);
    for (Quote q : a.quotes()) {
      block.add(quote(a, q));
    }
    block.add(article(a));
    return block;
  }

  private static Document article(Article a) {
    Document d = new Document();
    d.add(new StringField(Schema.TYPE, Schema.TYPE_ARTICLE, Field.Store.NO));
    d.add(new StringField(Schema.BLOCK, a.id(), Field.Store.NO));
    d.add(new StringField(Schema.ID, a.id(), Field.Store.YES));
    d.add(new Field(Schema.HEADLINE, a.headline(), Schema.TEXT_WITH_OFFSETS));
    if (a.dek() != null) {
      d.add(new Field(Schema.DEK, a.dek(), Schema.TEXT_WITH_OFFSETS));
    }
    d.add(new Field(Schema.BODY, a.body(), Schema.TEXT_WITH_OFFSETS));
    for (String c : a.captions()) {
      d.add(new Field(Schema.CAPTION, c, Schema.TEXT_WITH_OFFSETS));
    }
    if (a.dateline() != null) {
      d.add(new TextField(Schema.DATELINE, a.dateline(), Field.Store.NO));
    }
    for (String author : a.authors()) {
      d.add(new TextField(Schema.AUTHOR, author, Field.Store.NO));
    }
    if (a.source() != null) {
      d.add(new TextField(Schema.SOURCE, a.source(), Field.Store.YES));
      if (KeywordTerms.fits(a.source())) {
        d.add(new SortedSetDocValuesField(Schema.SOURCE_FACET, new BytesRef(a.source())));
      }
    }
    if (a.url() != null) {
      d.add(new StoredField(Schema.URL, a.url()));
    }
    if (a.published() != null) {
      addPublished(d, a.published().toEpochDay());
      d.add(new StoredField(Schema.PUBLISHED, a.published().toString()));
    }
    Set<String> names = new HashSet<>();
    for (Person p : a.people()) {
      if (names.add(p.name()) && KeywordTerms.fits(p.name())) {
        d.add(new StringField(Schema.PERSON, p.name(), Field.Store.YES));
        d.add(new TextField(Schema.PERSON_NAME, p.name(), Field.Store.NO));
        d.add(new SortedSetDocValuesField(Schema.PERSON, new BytesRef(p.name())));
      }
    }
    for (DateMention m : a.dates()) {
      long[] days = DayIntervals.of(m.value());
      if (days != null) {
        d.add(new LongRange(Schema.MENTIONS, new long[] {days[0]}, new long[] {days[1]}));
        // The same interval as doc values, for counting mentioned dates without reading stored fields.
        d.add(new SortedNumericDocValuesField(Schema.MENTIONS, DayIntervals.encode(days[0], days[1])));
      }
    }
    d.add(new StringField(Schema.CONTENT_HASH, BodySignature.contentHash(a.headline(), a.body()), Field.Store.NO));
    for (String band : BodySignature.bands(a.body())) {
      d.add(new StringField(Schema.NEAR_BANDS, band, Field.Store.NO));
      d.add(new SortedSetDocValuesField(Schema.NEAR_BANDS, new BytesRef(band)));
    }
    d.add(new StoredField(Schema.EXTRAS, extras(a)));
    if (!a.dates().isEmpty()) {
      d.add(new StoredField(Schema.DATES, StoredDates.encode(a.dates())));
    }
    return d;
  }

  private static Document quote(Article a, Quote q) {
    Document d = new Document();
    d.add(new StringField(Schema.TYPE, Schema.TYPE_QUOTE, Field.Store.NO));
    d.add(new StringField(Schema.BLOCK, a.id(), Field.Store.YES));
    d.add(new Field(Schema.QUOTE, q.text(), Schema.TEXT_WITH_OFFSETS));
    if (q.speaker() != null) {
      d.add(KeywordTerms.fits(q.speaker()) ? new StringField(Schema.SPEAKER, q.speaker(), Field.Store.YES)
          : new StoredField(Schema.SPEAKER, q.speaker()));
      d.add(new TextField(Schema.SPEAKER_NAME, q.speaker(), Field.Store.NO));
      d.add(new StoredField(Schema.SPEAKER_KIND, q.speakerKind().jsonName()));
    }
    if (q.speakerAsWritten() != null) {
      // Searchable word by word (speaker_as_written:spokesman), as prose: roles and appositions are words.
      d.add(new TextField(Schema.SPEAKER_AS_WRITTEN, q.speakerAsWritten(), Field.Store.YES));
    }
    if (a.published() != null) {
      addPublished(d, a.published().toEpochDay());
    }
    return d;
  }

  /** A point for ranges and doc values for sorting, on the same epoch day. */
  private static void addPublished(Document d, long epochDay) {
    d.add(new LongPoint(Schema.PUBLISHED, epochDay));
    d.add(new NumericDocValuesField(Schema.PUBLISHED, epochDay));
  }

  /** What the index stores as JSON beside the text fields: the structured rest of the article. */
  public static String extras(Article a) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      ArticleJson.write(g, a, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
