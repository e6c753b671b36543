package io.github.lede.search;

import io.github.lede.index.Schema;
import io.github.lede.model.DateRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Lucene's classic query syntax over lede's fields: friendly field names ({@code headline:}, {@code person:},
 * {@code published:}), dates written as days, months or years, person names matched exactly or word by
 * word, and no regular expressions (they can cost unbounded time on hostile input).
 */
final class LedeQueryParser extends MultiFieldQueryParser {

  /** A problem with a field (unknown name, bad date): the caller finds its position in the query. */
  static final class FieldException extends ParseException {
    private static final long serialVersionUID = 1L;
    final String field;

    FieldException(String field, String message) {
      super(message);
      this.field = field;
    }
  }

  /**
   * Each plain word (no field, not quoted) in the order read, with the query made for it, or null for a stop
   * word: see {@link Adjacency}.
   */
  final List<Adjacency.Word> plainWords = new ArrayList<>();

  /** The terms a fuzzy word may expand to: Lucene's 50, or fewer when many fuzzy words share a query. */
  private final int fuzzyExpansions;

  LedeQueryParser(Analyzer analyzer, Map<String, Float> defaults, int fuzzyExpansions) {
    super(defaults.keySet().toArray(new String[0]), analyzer, defaults);
    this.fuzzyExpansions = fuzzyExpansions;
    setAllowLeadingWildcard(false);
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(false);
  }

  /**
   * A group of NOT clauses alone ({@code NOT oil}, {@code grid AND (NOT outage)}) means everything but them,
   * as a reader expects, rather than nothing, as Lucene has it: such a group also matches all documents.
   */
  @Override
  protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
    boolean negative = !clauses.isEmpty();
    for (BooleanClause c : clauses) {
      negative &= c.occur() == BooleanClause.Occur.MUST_NOT;
    }
    if (!negative) {
      return super.getBooleanQuery(clauses);
    }
    List<BooleanClause> all = new ArrayList<>(clauses.size() + 1);
    all.add(new BooleanClause(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER));
    all.addAll(clauses);
    return super.getBooleanQuery(all);
  }

  @Override
  protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
    String text = term.text();
    int edits = FuzzyQuery.floatToEdits(minimumSimilarity, text.codePointCount(0, text.length()));
    return new FuzzyQuery(term, edits, prefixLength, fuzzyExpansions, FuzzyQuery.defaultTranspositions);
  }

  private static String field(String name) throws FieldException {
    String f = QueryFields.resolve(name);
    if (f == null) {
      throw new FieldException(name, "unknown field \"" + name + "\"; fields are " + QueryFields.NAMES.keySet()
          + " (to search for a word with a colon, put it in quotes)");
    }
    return f;
  }

  @Override
  protected Query getFieldQuery(String name, String text, boolean quoted) throws ParseException {
    if (name == null) {
      Query q = super.getFieldQuery(null, text, quoted);
      if (!quoted) {
        plainWords.add(new Adjacency.Word(text, q));
      }
      return q;
    }
    String f = field(name);
    return switch (f) {
      case Schema.PUBLISHED -> LongPoint.newRangeQuery(f, days(name, text)[0], days(name, text)[1]);
      case Schema.MENTIONS -> mentions(days(name, text)[0], days(name, text)[1]);
      case Schema.PERSON -> exactOrWords(Schema.PERSON, text, super.getFieldQuery(Schema.PERSON_NAME, text, quoted));
      case Schema.SPEAKER ->
          exactOrWords(Schema.SPEAKER, text, super.getFieldQuery(Schema.SPEAKER_NAME, text, quoted));
      case Schema.ID -> new TermQuery(new Term(Schema.ID, text));
      default -> super.getFieldQuery(f, text, quoted);
    };
  }

  @Override
  protected Query getFieldQuery(String name, String text, int slop) throws ParseException {
    if (name == null) {
      return super.getFieldQuery(null, text, slop);
    }
    String f = field(name);
    return switch (f) {
      case Schema.PERSON -> super.getFieldQuery(Schema.PERSON_NAME, text, slop);
      case Schema.SPEAKER -> super.getFieldQuery(Schema.SPEAKER_NAME, text, slop);
      case Schema.PUBLISHED, Schema.MENTIONS, Schema.ID -> getFieldQuery(name, text, true);
      default -> super.getFieldQuery(f, text, slop);
    };
  }

  @Override
  protected Query getRangeQuery(String name, String a, String b, boolean fromInclusive, boolean toInclusive)
      throws ParseException {
    if (name == null) {
      return super.getRangeQuery(null, a, b, fromInclusive, toInclusive);
    }
    String f = field(name);
    if (!f.equals(Schema.PUBLISHED) && !f.equals(Schema.MENTIONS)) {
      return super.getRangeQuery(f, a, b, fromInclusive, toInclusive);
    }
    long from = isOpen(a) ? Long.MIN_VALUE : fromInclusive ? days(name, a)[0] : days(name, a)[1] + 1;
    long to = isOpen(b) ? Long.MAX_VALUE : toInclusive ? days(name, b)[1] : days(name, b)[0] - 1;
    if (!isOpen(a) && !isOpen(b) && days(name, b)[1] < days(name, a)[0]) {
      throw new FieldException(name, "the range " + a + " TO " + b + " ends before it starts; write the earlier"
          + " date first");
    }
    if (to < from) {
      throw new FieldException(name, "the range " + a + " TO " + b + " is empty: its ends exclude every day");
    }
    return f.equals(Schema.PUBLISHED) ? LongPoint.newRangeQuery(f, from, to) : mentions(from, to);
  }

  @Override
  protected Query getPrefixQuery(String name, String text) throws ParseException {
    return name == null ? super.getPrefixQuery(null, text) : super.getPrefixQuery(termField(name), text);
  }

  @Override
  protected Query getWildcardQuery(String name, String text) throws ParseException {
    if ("*".equals(name) && "*".equals(text)) {
      // *:* is Lucene's way to ask for everything.
      return new MatchAllDocsQuery();
    }
    return name == null ? super.getWildcardQuery(null, text) : super.getWildcardQuery(termField(name), text);
  }

  @Override
  protected Query getFuzzyQuery(String name, String text, float similarity) throws ParseException {
    return name == null ? super.getFuzzyQuery(null, text, similarity)
        : super.getFuzzyQuery(termField(name), text, similarity);
  }

  @Override
  protected Query getRegexpQuery(String name, String text) throws ParseException {
    throw new ParseException("regular expressions (/.../) are not supported; use wildcards (*, ?) or quotes");
  }

  /** The field a wildcard or fuzzy term runs on: names word by word; dates take none. */
  private static String termField(String name) throws FieldException {
    String f = field(name);
    return switch (f) {
      case Schema.PERSON -> Schema.PERSON_NAME;
      case Schema.SPEAKER -> Schema.SPEAKER_NAME;
      case Schema.PUBLISHED, Schema.MENTIONS ->
          throw new FieldException(name, "wildcards and fuzzy terms do not apply to dates; use a range [A TO B]");
      default -> f;
    };
  }

  /**
   * An exact name (a person's canonical name, a speaker as written), or its words: "Vladimir Putin" and putin
   * both find Vladimir Putin.
   */
  private static Query exactOrWords(String field, String text, Query words) {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(field, text)), BooleanClause.Occur.SHOULD);
    if (words != null) {
      b.add(words, BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  private static Query mentions(long from, long to) {
    return LongRange.newIntersectsQuery(Schema.MENTIONS, new long[] {from}, new long[] {to});
  }

  private static boolean isOpen(String endpoint) {
    return endpoint == null || endpoint.equals("*");
  }

  /**
   * The first and last epoch day of a date in a query: a period ({@code 2024-06}, {@code 2024-W25}), read
   * as {@link DateRange#parse} reads it, so the query syntax and the request's date filters agree.
   */
  private static long[] days(String name, String value) throws FieldException {
    try {
      DateRange r = DateRange.parse(value);
      return new long[] {
        r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay(),
        r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay()
      };
    } catch (IllegalArgumentException e) {
      throw new FieldException(name, e.getMessage());
    }
  }
}
