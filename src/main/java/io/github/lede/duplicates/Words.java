package io.github.lede.duplicates;

import java.util.function.LongConsumer;

/**
 * The words of a text for comparing texts: runs of letters and digits, lower-cased, everything else a
 * separator. One pass over the characters, no regular expression, so hostile input costs linear time.
 */
final class Words {
  private Words() {}

  /** Calls {@code each} with a 64-bit hash of each word, in order. */
  static void hashes(String text, LongConsumer each) {
    long h = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        // FNV-1a over the lower-cased code points
        h = inWord ? h : 0xcbf29ce484222325L;
        h = (h ^ Character.toLowerCase(c)) * 0x100000001b3L;
        inWord = true;
      } else if (inWord) {
        each.accept(mix(h));
        inWord = false;
      }
    }
    if (inWord) {
      each.accept(mix(h));
    }
  }

  /** The words lower-cased and joined by one space: the text as an exact-duplicate test compares it. */
  static String normalised(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        if (!inWord && !out.isEmpty()) {
          out.append(' ');
        }
        out.appendCodePoint(Character.toLowerCase(c));
        inWord = true;
      } else {
        inWord = false;
      }
    }
    return out.toString();
  }

  /** A 64-bit finaliser (SplitMix64's): spreads FNV's weak low bits over the whole word. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
