package io.github.lede.text;

/**
 * Splits a text into {@link Tokens} and sentences in one pass, for every extractor: people, quotes and dates
 * read the same tokens, with the same offsets into the text and the same keys.
 *
 * <ul>
 *   <li>A word is a run of letters and digits with what joins them inside a word: a hyphen or an apostrophe
 *       before a letter or digit ("Jae-in", "O'Brien", "Covid-19"), the dots of an abbreviation of single
 *       letters ("U.S.", "a.m."), a slash between digits ("9/11"), the groups and decimals of a number
 *       ("2,022", "3.5", but "13.09.2023" stays three numbers). A word keeps a final dot when it is an
 *       initial ("F."), an abbreviation of single letters, or in {@link WordList#ABBREVIATIONS} ("Sen.",
 *       "Sept."), so an abbreviation's dot never ends a sentence.
 *   <li>A possessive "'s", and the "'" after a plural, is a word of its own: "Putin's" yields "Putin".
 *   <li>A line break is a token; any other white space (the no-break space of scraped pages too) only marks
 *       the token after it. Every other character is a punctuation token.
 *   <li>A sentence ends at a line break, and after {@code . ! ?} (with any closing quotes or brackets) followed
 *       by white space and a word with a capital or a digit, or an opening quote or bracket. The full stop,
 *       exclamation and question marks of Chinese and Japanese ({@code 。 ！ ？}) end one wherever they stand:
 *       those scripts have no capitals and run the next sentence on without a space.
 * </ul>
 *
 * Linear in the text, allocation a few arrays; no regular expressions.
 */
public final class Tokenizer {
  private Tokenizer() {}

  public static Tokens tokenize(String s) {
    Run r = new Run(s);
    r.scan();
    return r.finish();
  }

  /** White space other than a line break, the no-break spaces of scraped pages included. */
  public static boolean isSpace(char c) {
    return c != '\n' && (Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  /** The full stop, exclamation and question marks of Chinese and Japanese (the half-width stop too). */
  public static boolean isCjkStop(char c) {
    return c == '。' || c == '！' || c == '？' || c == '｡';
  }

  /** Closing quotes and brackets of CJK text. */
  private static final String CJK_CLOSERS = "」』）】〉》〕";

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static final class Run {
    private final String s;
    private final int n;
    private int size;
    private int[] starts;
    private int[] ends;
    private byte[] kinds;
    private short[] flags;
    private int[] entries;

    Run(String s) {
      this.s = s;
      this.n = s.length();
      // News averages a token every five or six characters; growing adds half from there, and finish() trims
      // what is left over, so a long text's arrays hold about its tokens and no more.
      int capacity = Math.max(16, n / 5);
      starts = new int[capacity];
      ends = new int[capacity];
      kinds = new byte[capacity];
      flags = new short[capacity];
      entries = new int[capacity];
    }

    void scan() {
      int i = 0;
      short pending = 0;
      while (i < n) {
        char c = s.charAt(i);
        if (c == '\n') {
          add(Tokens.LINE_BREAK, i, i + 1, (short) (pending | Tokens.LINE_BEFORE));
          pending = Tokens.SPACE_BEFORE | Tokens.LINE_BEFORE;
          i++;
          continue;
        }
        if (isSpace(c)) {
          pending |= Tokens.SPACE_BEFORE;
          i++;
          continue;
        }
        int end;
        if (Character.isLetterOrDigit(c)) {
          end = wordEnd(i);
          add(Tokens.WORD, i, end, (short) (pending | shape(i, end)));
        } else if ((c == '\'' || c == '’') && isPossessive(i)) {
          end = i + 2;
          add(Tokens.WORD, i, end, (short) (pending | Tokens.POSSESSIVE));
        } else if ((c == '\'' || c == '’') && i > 0 && s.charAt(i - 1) == 's' && (i + 1 >= n || isSpace(s.charAt(i + 1))
            || s.charAt(i + 1) == '\n')) {
          // the plural possessive of "the Pastoralists' Forum"
          end = i + 1;
          add(Tokens.WORD, i, end, (short) (pending | Tokens.POSSESSIVE));
        } else {
          end = i + 1;
          add(Tokens.PUNCT, i, end, pending);
        }
        pending = 0;
        i = end;
      }
    }

    private void add(byte kind, int start, int end, short flag) {
      if (size == starts.length) {
        int capacity = size + (size >> 1);
        starts = java.util.Arrays.copyOf(starts, capacity);
        ends = java.util.Arrays.copyOf(ends, capacity);
        kinds = java.util.Arrays.copyOf(kinds, capacity);
        flags = java.util.Arrays.copyOf(flags, capacity);
        entries = java.util.Arrays.copyOf(entries, capacity);
      }
      starts[size] = start;
      ends[size] = end;
      kinds[size] = kind;
      flags[size] = flag;
      entries[size] = kind == Tokens.WORD ? Lexicon.entry(s, start, end) : 0;
      size++;
    }

    /** Reads a word from {@code start}; returns where it ends. */
    private int wordEnd(int start) {
      int i = start;
      while (i < n) {
        char c = s.charAt(i);
        if (isDigit(c)) {
          i = numberEnd(i);
        } else if (Character.isLetterOrDigit(c)) {
          i++;
        } else if ((c == '-' || c == '\'' || c == '’') && i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1))
            && !(c != '-' && isPossessive(i))) {
          // inner hyphens and apostrophes: "Jae-in", "O'Brien", "Covid-19"
          i++;
        } else if (c == '.' && isInnerDot(start, i)) {
          // the dots of "U.S." and "a.m.", and of a party and state: "D-N.C."
          i++;
        } else if (c == '/' && i > start && isDigit(s.charAt(i - 1)) && i + 1 < n && isDigit(s.charAt(i + 1))) {
          // "9/11", "24/7"
          i++;
        } else {
          break;
        }
      }
      return i < n && s.charAt(i) == '.' && keepsDot(start, i) ? i + 1 : i;
    }

    /**
     * The end of the digits from {@code i}: a run of up to three digits takes its thousands groups ("2,022",
     * "1,500,000"), and any run its decimals ("3.5"), unless the dot is a date's ("13.09.2023").
     */
    private int numberEnd(int i) {
      int from = i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      if (i - from <= 3) {
        while (i < n && s.charAt(i) == ',' && threeDigits(i + 1)) {
          i += 4;
        }
      }
      if (i + 1 < n && s.charAt(i) == '.' && isDigit(s.charAt(i + 1)) && !isDateDot(from, i)) {
        i++;
        while (i < n && isDigit(s.charAt(i))) {
          i++;
        }
      }
      return i;
    }

    /** "13.09.2023": a dot between day, month and year, which must stay apart. */
    private boolean isDateDot(int from, int dot) {
      int j = dot + 1;
      while (j < n && isDigit(s.charAt(j))) {
        j++;
      }
      return dot - from <= 2 && j - dot - 1 <= 2 && j < n && s.charAt(j) == '.';
    }

    private boolean threeDigits(int i) {
      return i + 3 <= n && isDigit(s.charAt(i)) && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2))
          && (i + 3 == n || !isDigit(s.charAt(i + 3)));
    }

    /** A dot between single letters: after a letter that starts the word or follows a dot or hyphen, before a
     * letter that ends there ("U.S.", "a.m", "D-N.C."). */
    private boolean isInnerDot(int start, int dot) {
      if (dot == start || !Character.isLetter(s.charAt(dot - 1))) {
        return false;
      }
      boolean singleBefore = dot - 1 == start || s.charAt(dot - 2) == '.' || s.charAt(dot - 2) == '-';
      return singleBefore && dot + 1 < n && Character.isLetter(s.charAt(dot + 1))
          && (dot + 2 >= n || !Character.isLetterOrDigit(s.charAt(dot + 2)));
    }

    /** Whether the word {@code s[start, dot)} keeps the dot after it. */
    private boolean keepsDot(int start, int dot) {
      if (dot - start == 1 && Character.isUpperCase(s.charAt(start))) {
        return true;
      }
      int dash = -1;
      for (int i = start; i < dot; i++) {
        char c = s.charAt(i);
        if (c == '.' && Character.isLetter(s.charAt(i - 1))) {
          // an abbreviation of single letters, "U.S" (not the decimal point of "105.9")
          return true;
        }
        if (c == '-') {
          dash = i;
        }
      }
      int last = dash + 1 > start ? dash + 1 : start;
      long lists = Lexicon.of(s, last, dot);
      if (WordList.ABBREVIATIONS.in(lists)) {
        return true;
      }
      if (WordList.WEEKDAY_ABBREVIATIONS.in(lists) && Character.isUpperCase(s.charAt(start))) {
        // "Wed.", "Thurs.": not "sat." or "sun.", which are words
        return true;
      }
      // "R-Ill.", "Springfield, Ill.": a state abbreviation that is a word too, after a party or a town
      return WordList.STATE_ABBREVIATIONS_ALSO_WORDS.in(lists) && (dash > start || dot - start >= 2
          && Character.isUpperCase(s.charAt(start)) && afterComma(start));
    }

    private boolean afterComma(int start) {
      int i = start - 1;
      while (i >= 0 && s.charAt(i) == ' ') {
        i--;
      }
      return i >= 0 && s.charAt(i) == ',';
    }

    /** "'s" or "’s" closing a word: the possessive, a token of its own. */
    private boolean isPossessive(int i) {
      return i > 0 && Character.isLetter(s.charAt(i - 1)) && i + 1 < n
          && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
          && (i + 2 == n || !Character.isLetterOrDigit(s.charAt(i + 2)));
    }

    private short shape(int start, int end) {
      short f = Character.isUpperCase(s.charAt(start)) ? Tokens.CAPITALISED : 0;
      int letters = 0;
      for (int i = start; i < end; i++) {
        char c = s.charAt(i);
        if (Character.isLetter(c)) {
          letters++;
          if (!Character.isUpperCase(c)) {
            return f;
          }
        }
      }
      return letters >= 2 ? (short) (f | Tokens.UPPER) : f;
    }

    Tokens finish() {
      int[] sentenceStarts = markLinesAndSentences();
      if (starts.length - size > 1024) {
        starts = java.util.Arrays.copyOf(starts, size);
        ends = java.util.Arrays.copyOf(ends, size);
        kinds = java.util.Arrays.copyOf(kinds, size);
        flags = java.util.Arrays.copyOf(flags, size);
        entries = java.util.Arrays.copyOf(entries, size);
      }
      return new Tokens(s, size, starts, ends, kinds, flags, entries, sentenceStarts);
    }

    /** Marks lines in capitals, leading words and sentence starts; returns the first token of each sentence. */
    private int[] markLinesAndSentences() {
      int[] sentences = new int[Math.max(4, size / 16)];
      int count = 0;
      boolean leading = true;
      boolean newSentence = true;
      int nextSentence = -1;
      int lineFrom = 0;
      boolean lineHasLower = false;
      boolean lineHasLetters = false;
      for (int t = 0; t < size; t++) {
        byte kind = kinds[t];
        if (t == nextSentence) {
          newSentence = true;
        }
        if (newSentence && kind != Tokens.LINE_BREAK) {
          if (count == sentences.length) {
            sentences = java.util.Arrays.copyOf(sentences, count * 2);
          }
          sentences[count++] = t;
          flags[t] |= Tokens.SENTENCE_START;
          newSentence = false;
        }
        if (kind == Tokens.LINE_BREAK) {
          closeLine(lineFrom, t, lineHasLetters && !lineHasLower);
          lineFrom = t + 1;
          lineHasLower = false;
          lineHasLetters = false;
          leading = true;
          newSentence = true;
          continue;
        }
        if (kind == Tokens.WORD) {
          if (leading) {
            flags[t] |= Tokens.LEADING;
          }
          leading = false;
          for (int i = starts[t]; i < ends[t]; i++) {
            char c = s.charAt(i);
            lineHasLower |= Character.isLowerCase(c);
            lineHasLetters |= Character.isLetter(c);
          }
          continue;
        }
        char c = s.charAt(starts[t]);
        if (isCjkStop(c)) {
          leading = true;
          if (nextSentence < t) {
            nextSentence = afterCjkStop(t);
          }
        } else if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') {
          leading = true;
          if (c != ':' && c != ';' && nextSentence < t) {
            nextSentence = nextSentence(t);
          }
        } else if (!(c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '[' || c == '-'
            || c == '—' || c == '–')) {
          leading = false;
        }
      }
      closeLine(lineFrom, size, lineHasLetters && !lineHasLower);
      return java.util.Arrays.copyOf(sentences, count);
    }

    /**
     * The token that starts the next sentence when the stop at token {@code t} ends its own, else -1: closing
     * quotes or brackets (and more stops) may follow it, then white space and a word with a capital or a digit,
     * or an opening quote or bracket. A line break after it ends the sentence anyway.
     */
    private int nextSentence(int t) {
      int j = t + 1;
      while (j < size && kinds[j] == Tokens.PUNCT && (flags[j] & Tokens.SPACE_BEFORE) == 0
          && isCloser(s.charAt(starts[j]))) {
        j++;
      }
      if (j >= size || (flags[j] & Tokens.SPACE_BEFORE) == 0 || kinds[j] == Tokens.LINE_BREAK) {
        return -1;
      }
      char c = s.charAt(starts[j]);
      boolean opens = kinds[j] == Tokens.WORD ? Character.isUpperCase(c) || isDigit(c)
          : c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '[' || c == '«' || c == '`';
      return opens ? j : -1;
    }

    /** The token after a CJK stop and the closing quotes or brackets right after it, or -1 at a line's end. */
    private int afterCjkStop(int t) {
      int j = t + 1;
      while (j < size && kinds[j] == Tokens.PUNCT) {
        char c = s.charAt(starts[j]);
        if (!(isCloser(c) || isCjkStop(c) || CJK_CLOSERS.indexOf(c) >= 0)) {
          break;
        }
        j++;
      }
      return j >= size || kinds[j] == Tokens.LINE_BREAK ? -1 : j;
    }

    private static boolean isCloser(char c) {
      return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»' || c == '.'
          || c == '!' || c == '?';
    }

    private void closeLine(int from, int to, boolean caps) {
      if (!caps) {
        return;
      }
      for (int t = from; t < to; t++) {
        flags[t] |= Tokens.CAPS_LINE;
      }
    }
  }
}
