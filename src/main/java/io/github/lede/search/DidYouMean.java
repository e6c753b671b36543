package io.github.lede.search;

import io.github.lede.LedeException;
import io.github.lede.index.Schema;
import io.github.lede.model.SearchRequest;
import io.github.lede.model.SearchResults;
import io.github.lede.query.AnalyzedToken;
import io.github.lede.query.Vocabulary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.StringDistance;

/**
 * "Did you mean": the same query with its misspelt words replaced by words of the store's own vocabulary.
 * Only the words change, never the query's structure (fields, operators, phrases, boosts): each plain word
 * is analysed as its field analyses it, and a token that no article holds is replaced, at its own offsets in
 * the query, by the nearest term the {@link Vocabulary} knows. Words without a field are corrected from the
 * body (where nearly every word of an article is) and from people's names; {@code person:} words from
 * names. Prose is stemmed in the index, so a stem found there is written back as a word the articles use
 * ({@link #written}). A suggestion is made only when the corrected query finds more articles, or matches
 * better.
 */
public final class DidYouMean {
  /** Candidates asked per misspelt token. */
  private static final int CANDIDATES = 5;
  /**
   * Words checked per query, the first ones: each costs a few term lookups and perhaps two spell-checker
   * runs, and a query of thousands of words (hostile, or pasted text) must not cost thousands of them.
   */
  static final int MAX_TOKENS = 16;
  /** Articles read to learn how a stem is written. */
  private static final int WRITTEN_FROM = 5;
  /**
   * Edit-distance similarity of two words, 1 when equal: the spell checker's own, which counts a swap of two
   * letters as one edit ("bakrey" is nearer to "bakery" than to "bakker").
   */
  private static final StringDistance SIMILARITY = DirectSpellChecker.INTERNAL_LEVENSHTEIN;

  private DidYouMean() {}

  /** Whether results call for a suggestion: a first page that finds fewer than {@link SearchResults#FEW}. */
  public static boolean wanted(SearchRequest request, SearchResults results) {
    return results.total() < SearchResults.FEW && request.after() == null && !results.timedOut()
        && !request.query().isBlank();
  }

  /**
   * The corrected query, or null when there is none, or it finds no more articles than the query did and
   * matches them no better. (A query whose words are OR-ed finds what its correct words find either way:
   * "kim jong-unn" finds the articles on Kim; "kim jong-un" finds the same ones, but matches them better.)
   */
  public static String suggest(SearchRequest request, Analyzer analyzer, Vocabulary vocabulary) {
    String q = request.query();
    // Replacements by start offset in the query: [end, text].
    TreeMap<Integer, Object[]> replace = new TreeMap<>();
    int checked = 0;
    for (QueryWords.Word w : QueryWords.of(q)) {
      List<String> fields = vocabularyFields(w.field());
      if (fields.isEmpty()) {
        continue;
      }
      String text = q.substring(w.start(), w.end());
      for (AnalyzedToken t : analyze(analyzer, fields.get(0), text)) {
        if (++checked > MAX_TOKENS) {
          break;
        }
        String typed = text.substring(t.start(), t.end());
        String fixed = correct(fields, t.term(), typed, analyzer, vocabulary);
        if (fixed != null) {
          replace.put(w.start() + t.start(), new Object[] {w.start() + t.end(), casedLike(typed, fixed)});
        }
      }
    }
    if (replace.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Map.Entry<Integer, Object[]> r : replace.entrySet()) {
      out.append(q, at, r.getKey()).append((String) r.getValue()[1]);
      at = (Integer) r.getValue()[0];
    }
    String corrected = out.append(q.substring(at)).toString();
    Vocabulary.Found before = vocabulary.found(request);
    Vocabulary.Found after = vocabulary.found(request.toBuilder().query(corrected).build());
    return after.betterThan(before) ? corrected : null;
  }

  /**
   * The fields whose vocabulary corrects a word searching {@code field} (a name as the user wrote it), best
   * first: a word without a field is known when any default field or a person's name holds it.
   */
  private static List<String> vocabularyFields(String field) {
    if (field == null) {
      return List.of(Schema.BODY, Schema.PERSON_NAME, Schema.HEADLINE, Schema.CAPTION);
    }
    String f = QueryFields.resolve(field);
    if (f == null) {
      return List.of();
    }
    return switch (f) {
      case Schema.HEADLINE, Schema.BODY, Schema.CAPTION -> List.of(f);
      case Schema.PERSON -> List.of(Schema.PERSON_NAME);
      default -> List.of();
    };
  }

  /**
   * The word to write for a token that none of the fields holds, or null when it is known or the vocabulary
   * has nothing near it. Corrections come from the first two fields (the body and people's names, for a
   * word without a field): the one nearer to what was typed wins, a name on a tie, since a query that
   * finds nothing is most often a misspelt name.
   */
  private static String correct(List<String> fields, String term, String typed, Analyzer analyzer,
      Vocabulary vocabulary) {
    String[] terms = new String[fields.size()];
    for (int f = 0; f < fields.size(); f++) {
      List<AnalyzedToken> own = f == 0 ? List.of(new AnalyzedToken(term, 0, 0, typed.length()))
          : analyze(analyzer, fields.get(f), typed);
      terms[f] = own.size() == 1 ? own.get(0).term() : null;
      if (terms[f] != null && vocabulary.articles(fields.get(f), terms[f]) > 0) {
        return null;
      }
    }
    String best = null;
    float nearest = -1;
    String lower = typed.toLowerCase(Locale.ROOT);
    for (int f = 0; f < Math.min(2, fields.size()); f++) {
      String word = terms[f] == null ? null : correction(fields.get(f), terms[f], typed, vocabulary);
      float near = word == null ? -1 : SIMILARITY.getDistance(word, lower);
      if (word != null && (near > nearest || near == nearest && fields.get(f).equals(Schema.PERSON_NAME))) {
        best = word;
        nearest = near;
      }
    }
    return best;
  }

  /** The nearest word of one field's vocabulary, as the articles write it, or null. */
  private static String correction(String field, String term, String typed, Vocabulary vocabulary) {
    for (String candidate : vocabulary.corrections(field, term, CANDIDATES)) {
      String word = Schema.RANKED_TEXT.contains(field) ? written(field, candidate, typed, vocabulary)
          : candidate;
      if (word != null) {
        return word;
      }
    }
    return null;
  }

  /**
   * How the articles write a stemmed term: of the words that analyse to it in the first few articles holding
   * it, the one nearest to what the user typed, then the most frequent, then the first alphabetically (so
   * every store picks the same). Null when none is found (the articles were deleted since).
   */
  static String written(String field, String term, String typed, Vocabulary vocabulary) {
    Map<String, Integer> seen = new TreeMap<>();
    for (String word : vocabulary.written(field, term, WRITTEN_FROM)) {
      seen.merge(word.toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    String lower = typed.toLowerCase(Locale.ROOT);
    String best = null;
    for (Map.Entry<String, Integer> e : seen.entrySet()) {
      if (best == null || better(e.getKey(), e.getValue(), best, seen.get(best), lower)) {
        best = e.getKey();
      }
    }
    return best;
  }

  private static boolean better(String word, int count, String best, int bestCount, String typed) {
    float near = SIMILARITY.getDistance(word, typed);
    float bestNear = SIMILARITY.getDistance(best, typed);
    return near != bestNear ? near > bestNear : count > bestCount;
  }

  /** The correction written as the user wrote the word: Capitalised, UPPER or lower case. */
  private static String casedLike(String typed, String word) {
    if (typed.length() > 1 && typed.equals(typed.toUpperCase(Locale.ROOT))
        && !typed.equals(typed.toLowerCase(Locale.ROOT))) {
      return word.toUpperCase(Locale.ROOT);
    }
    if (!typed.isEmpty() && Character.isUpperCase(typed.charAt(0))) {
      return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
    return word;
  }

  /** The tokens an analyzer makes of a text in a field, with positions and offsets. */
  static List<AnalyzedToken> analyze(Analyzer analyzer, String field, String text) {
    List<AnalyzedToken> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += increment.getPositionIncrement();
        out.add(new AnalyzedToken(term.toString(), position, offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    } catch (IOException e) {
      throw new LedeException("analysis failed: " + e.getMessage(), e);
    }
    return out;
  }
}
