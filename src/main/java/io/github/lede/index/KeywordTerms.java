package io.github.lede.index;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.util.UnicodeUtil;

/**
 * Whether a value can be one keyword term (or doc value): Lucene refuses a term longer than
 * {@link IndexWriter#MAX_TERM_LENGTH} bytes of UTF-8 and fails the whole article with "immense term".
 * Extraction keeps names far shorter (people's names to 100 characters, quote sources to 80), but the index
 * does not rely on it: a value too long for a term is stored and not indexed as one, and the article goes in.
 */
final class KeywordTerms {
  private KeywordTerms() {}

  static boolean fits(String value) {
    // Three bytes a char at most: most values are decided without counting.
    return value.length() * 3 <= IndexWriter.MAX_TERM_LENGTH
        || UnicodeUtil.calcUTF16toUTF8Length(value, 0, value.length()) <= IndexWriter.MAX_TERM_LENGTH;
  }
}
