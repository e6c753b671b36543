package io.github.lede.search;

import io.github.lede.index.Schema;
import io.github.lede.index.StoredDates;
import io.github.lede.schema.ArticleValues;
import io.github.lede.model.Article;
import io.github.lede.model.DateMention;
import io.github.lede.model.Highlight;
import io.github.lede.model.MatchedQuote;
import io.github.lede.model.SearchHit;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;

/** Reads articles and hits back from stored fields. */
public final class StoredArticles {
  /** The stored fields a search hit reads: benchmarks hand the same set to their raw-Lucene baseline. */
  public static final Set<String> HIT_FIELDS =
      Set.of(Schema.ID, Schema.HEADLINE, Schema.PUBLISHED, Schema.SOURCE, Schema.URL, Schema.PERSON, Schema.DATES);

  /** The hit's fields and the highlighted ones, read together when a search highlights. */
  static final Set<String> HIT_AND_TEXT_FIELDS = union(HIT_FIELDS, Set.of(Schema.DEK, Schema.BODY, Schema.CAPTION));

  private StoredArticles() {}

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.HashSet<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /**
   * A search hit from its stored document (read with {@link #HIT_FIELDS} at least), its lists cut to
   * {@code limit} and its quotes' text to {@code textLength}, saying whether anything was cut.
   *
   * @param quotes the matched quotes found for it, or null when the search ran out of time before
   */
  static SearchHit hit(Document d, float score, Map<String, List<Highlight>> highlights, List<MatchedQuote> quotes,
      int limit, int textLength) {
    IndexableField[] stored = d.getFields(Schema.PERSON);
    List<String> people = new ArrayList<>(Math.min(stored.length, limit));
    for (int i = 0; i < stored.length && i < limit; i++) {
      people.add(stored[i].stringValue());
    }
    boolean truncated = stored.length > limit;
    List<DateMention> dates = StoredDates.decode(d.getBinaryValue(Schema.DATES), limit + 1);
    if (dates.size() > limit) {
      dates = dates.subList(0, limit);
      truncated = true;
    }
    List<MatchedQuote> shown = new ArrayList<>();
    if (quotes != null) {
      for (int i = 0; i < quotes.size() && i < limit; i++) {
        MatchedQuote q = quotes.get(i);
        String text = PassageWindow.head(q.text(), textLength);
        truncated |= text.length() != q.text().length();
        shown.add(text == q.text() ? q
            : new MatchedQuote(text, q.speaker(), q.speakerKind(), q.speakerAsWritten(), q.highlight()));
      }
      truncated |= quotes.size() > limit;
    }
    return new SearchHit(d.get(Schema.ID), score, d.get(Schema.HEADLINE), date(d.get(Schema.PUBLISHED)),
        d.get(Schema.SOURCE), d.get(Schema.URL), people, highlights, dates, shown, truncated);
  }

  private static final Set<String> LIKE_FIELDS =
      Set.of(Schema.ID, Schema.HEADLINE, Schema.BODY, Schema.PERSON, Schema.PUBLISHED);

  /** What a related search needs of an article: its stored text fields and people's names, nothing parsed. */
  static RelatedQueries.Like like(StoredFields stored, int doc) throws IOException {
    Document d = stored.document(doc, LIKE_FIELDS);
    return new RelatedQueries.Like(d.get(Schema.ID), d.get(Schema.HEADLINE), d.get(Schema.BODY),
        List.of(d.getValues(Schema.PERSON)), date(d.get(Schema.PUBLISHED)));
  }

  /** The whole article stored for a document. */
  public static Article article(StoredFields stored, int doc) throws IOException {
    Document d = stored.document(doc);
    List<String> captions = new ArrayList<>();
    for (IndexableField f : d.getFields(Schema.CAPTION)) {
      captions.add(f.stringValue());
    }
    return ArticleValues.read(d.get(Schema.ID), d.get(Schema.HEADLINE), d.get(Schema.DEK), d.get(Schema.BODY),
        captions, d.get(Schema.SOURCE), d.get(Schema.URL), date(d.get(Schema.PUBLISHED)), d.get(Schema.EXTRAS));
  }

  private static LocalDate date(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }
}
