package io.github.lede.extract.quotes;

/**
 * Where one quote stands in a field's text, as the scanner found it.
 *
 * @param open offset of the opening mark
 * @param start offset of the first quoted character (after the mark and any space)
 * @param end offset just past the last quoted character
 * @param close offset just past the closing mark, or {@code end} when the quote was never closed
 * @param closed whether a closing mark ended it (an unclosed quote is bounded by its paragraph)
 * @param openParagraph ordinal of the paragraph the quote opens in
 * @param closeParagraph ordinal of the paragraph it ends in (later than {@code openParagraph} for a quote that
 *     runs over several paragraphs)
 * @param text the quoted words; a quote over several paragraphs has them joined by a blank line, without the
 *     opening marks that start each continuation paragraph
 */
record QuoteSpan(int open, int start, int end, int close, boolean closed, int openParagraph, int closeParagraph,
    String text) {

  /** Whether the quoted words end a sentence of their own: ". ! ?" just inside the closing mark. */
  boolean endsSentence() {
    for (int i = text.length() - 1; i >= 0 && i >= text.length() - 3; i--) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?') {
        return true;
      }
      if (c != '\'' && c != '’' && c != ')') {
        return false;
      }
    }
    return false;
  }
}
