package io.github.lede.extract.people;

import io.github.lede.text.Lexicon;
import io.github.lede.text.WordList;
import java.util.ArrayList;
import java.util.List;

/** Splits a field's text into {@link Token}s in one pass, marking sentence starts and all-capitals lines. */
final class Tokenizer {
  private Tokenizer() {}

  static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>(s.length() / 5 + 4);
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\n') {
        out.add(new Token(Token.Kind.NEWLINE, i, i + 1, "\n"));
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        i = word(s, i, out);
      } else if ((c == '\'' || c == '’') && isPossessive(s, i)) {
        out.add(new Token(Token.Kind.WORD, i, i + 2, s.substring(i, i + 2)));
        i += 2;
      } else {
        out.add(new Token(Token.Kind.PUNCT, i, i + 1, String.valueOf(c)));
        i++;
      }
    }
    markSentencesAndCapsLines(out, s);
    return out;
  }

  /** Reads a word from {@code start}; returns where it ends. */
  private static int word(String s, int start, List<Token> out) {
    int n = s.length();
    int i = start;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        i++;
      } else if ((c == '-' || c == '\'' || c == '’') && i + 1 < n && Character.isLetter(s.charAt(i + 1))
          && !(c != '-' && isPossessive(s, i))) {
        i++;
      } else if (c == '.' && isInnerAbbreviationDot(s, start, i)) {
        // "U.S." and "E.U.": single letters between dots stay one word.
        i++;
      } else {
        break;
      }
    }
    int end = i;
    if (end < n && s.charAt(end) == '.') {
      String w = s.substring(start, end);
      if (isInitials(w) || WordList.ABBREVIATIONS.in(Lexicon.of(s, start, end))) {
        end++;
      }
    }
    out.add(new Token(Token.Kind.WORD, start, end, s.substring(start, end)));
    return end;
  }

  /** "F" or "O.J": capitals joined by dots, which keep their final dot as initials. */
  private static boolean isInitials(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (i % 2 == 0 ? !Character.isUpperCase(c) : c != '.') {
        return false;
      }
    }
    return w.length() % 2 == 1;
  }

  /** A dot after a single letter, followed by another single letter and a dot: the inside of "U.S.". */
  private static boolean isInnerAbbreviationDot(String s, int start, int dot) {
    boolean singleBefore = dot - 1 >= start && Character.isLetter(s.charAt(dot - 1))
        && (dot - 1 == start || s.charAt(dot - 2) == '.');
    return singleBefore && dot + 2 < s.length() + 1 && dot + 1 < s.length() && Character.isLetter(s.charAt(dot + 1))
        && dot + 2 < s.length() && s.charAt(dot + 2) == '.';
  }

  /** "'s" or "’s" closing a word: the possessive, a token of its own. */
  private static boolean isPossessive(String s, int i) {
    return i > 0 && Character.isLetter(s.charAt(i - 1)) && i + 1 < s.length()
        && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
        && (i + 2 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 2)));
  }

  private static void markSentencesAndCapsLines(List<Token> tokens, String s) {
    boolean start = true;
    int lineFrom = 0;
    boolean lineHasLower = false;
    boolean lineHasLetters = false;
    for (int t = 0; t < tokens.size(); t++) {
      Token tok = tokens.get(t);
      if (tok.kind == Token.Kind.NEWLINE) {
        closeLine(tokens, lineFrom, t, lineHasLetters && !lineHasLower);
        lineFrom = t + 1;
        lineHasLower = false;
        lineHasLetters = false;
        start = true;
        continue;
      }
      if (tok.kind == Token.Kind.WORD) {
        tok.sentenceStart = start;
        start = false;
        for (int i = 0; i < tok.text.length(); i++) {
          char c = tok.text.charAt(i);
          lineHasLower |= Character.isLowerCase(c);
          lineHasLetters |= Character.isLetter(c);
        }
      } else {
        char c = tok.text.charAt(0);
        if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') {
          start = true;
        } else if (!(c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '[' || c == '-'
            || c == '—' || c == '–')) {
          start = false;
        }
      }
    }
    closeLine(tokens, lineFrom, tokens.size(), lineHasLetters && !lineHasLower);
  }

  private static void closeLine(List<Token> tokens, int from, int to, boolean caps) {
    if (!caps) {
      return;
    }
    for (int t = from; t < to; t++) {
      tokens.get(t).inCapsLine = true;
    }
  }
}
