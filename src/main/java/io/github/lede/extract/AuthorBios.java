package io.github.lede.extract;

import java.util.List;

/**
 * The note about the writer that closes many articles ("Ada Fenwick is a reporter at the Harbour Ledger who
 * covers the port."): a trailing paragraph that opens with the name of one of the article's authors and goes on
 * to say who they are. It is about the writer, not the story, and is left out of the body.
 */
final class AuthorBios {
  /** A bio is a few sentences. */
  private static final int MAX_WORDS = 80;
  /** Bios looked for at the end: one per author of a two-author piece. */
  private static final int MAX_TRAILING = 2;
  /** What follows the name in a bio: a verb of being or doing, or an apposition. */
  private static final List<String> AFTER_NAME = List.of(
      " is ", " was ", " has ", " writes ", " covers ", " reports ", " lives ", " teaches ", " works ", " edits ",
      ", a ", ", an ", ", the ", " ist ", " war ", " schreibt ", " arbeitet ", " est ", " es ");

  private AuthorBios() {}

  /** The paragraphs without the bios that close them; never fewer than one paragraph. */
  static List<String> trim(List<String> paragraphs, List<String> authors) {
    if (authors.isEmpty()) {
      return paragraphs;
    }
    int n = paragraphs.size();
    for (int k = 0; k < MAX_TRAILING && n > 1 && isBio(paragraphs.get(n - 1), authors); k++) {
      n--;
    }
    return n == paragraphs.size() ? paragraphs : paragraphs.subList(0, n);
  }

  private static boolean isBio(String paragraph, List<String> authors) {
    if (Text.moreWordsThan(paragraph, MAX_WORDS)) {
      return false;
    }
    int start = 0;
    while (start < paragraph.length() && "*—–- _".indexOf(paragraph.charAt(start)) >= 0) {
      start++;
    }
    for (String author : authors) {
      if (author.indexOf(' ') > 0 && paragraph.regionMatches(true, start, author, 0, author.length())) {
        int after = start + author.length();
        for (String words : AFTER_NAME) {
          if (paragraph.startsWith(words, after)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
