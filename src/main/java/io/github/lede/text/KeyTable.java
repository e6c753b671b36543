package io.github.lede.text;

/**
 * The distinct keys of one text: a word's key is made once however often the word occurs, so that a text of
 * millions of tokens holds as many key strings as it has distinct words, not as many as it has tokens. Probed
 * with the word's characters in place, normalised on the way, so a word met before allocates nothing.
 */
final class KeyTable {
  private String[] table = new String[64];
  private int count;

  /** The key of {@code text[start, end)} (lower case, curly apostrophes straight, a final dot dropped). */
  String key(CharSequence text, int start, int end) {
    if (end - start > 1 && text.charAt(end - 1) == '.') {
      end--;
    }
    int mask = table.length - 1;
    int h = Lexicon.hash(text, start, end);
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      String k = table[slot];
      if (k == null) {
        String key = Lexicon.normalised(text.subSequence(start, end));
        table[slot] = key;
        if (++count * 2 > table.length) {
          grow();
        }
        return key;
      }
      if (k.length() == end - start && Lexicon.same(k, text, start)) {
        return k;
      }
    }
  }

  private void grow() {
    String[] old = table;
    table = new String[old.length * 2];
    int mask = table.length - 1;
    for (String k : old) {
      if (k != null) {
        int slot = Lexicon.hash(k, 0, k.length()) & mask;
        while (table[slot] != null) {
          slot = (slot + 1) & mask;
        }
        table[slot] = k;
      }
    }
  }
}
