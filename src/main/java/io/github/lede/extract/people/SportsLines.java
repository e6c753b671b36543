package io.github.lede.extract.people;

import io.github.lede.text.Tokens;
import io.github.lede.text.WordList;
import java.util.List;

/**
 * Results copy names players by their surnames in places only players stand: cricket dismissals ("c Cork b
 * Croft", "lbw b Akram", "st Moin b Mushtaq"), bowling figures ("Croft 17-3-42-1"), and a country or team
 * in brackets after a name in results lists ("Jiri Novak (Czech Republic) beat ..."), a country after "of".
 */
final class SportsLines {
  private SportsLines() {}

  static boolean namesPlayer(Tokens tokens, int from, int to) {
    return afterDismissal(tokens, from) || bowlingFigures(tokens, to) || countryInBrackets(tokens, from, to)
        || ofCountry(tokens, from, to);
  }

  /** "Almaz Wondimu of Ethiopia", "Thomas Muster of Austria": a two-word name, then "of" and a country. */
  private static boolean ofCountry(Tokens tokens, int from, int to) {
    if (to - from != 2 || to + 1 >= tokens.size() || !tokens.keyIs(to, "of")) {
      return false;
    }
    int place = to + 1;
    boolean end = to + 2 >= tokens.size() || !tokens.isWord(to + 2) || !tokens.capitalised(to + 2);
    return tokens.capitalised(place) && end && Gazetteer.get().isPlace(tokens.key(place))
        && !tokens.in(to - 1, WordList.ORGANISATION_WORDS);
  }

  /** "c Cork", "b Croft", "st Moin", "c&b": the lower-case letters of a cricket scorecard. */
  private static boolean afterDismissal(Tokens tokens, int from) {
    if (from == 0) {
      return false;
    }
    int prev = from - 1;
    return tokens.isWord(prev) && (tokens.is(prev, "c") || tokens.is(prev, "b") || tokens.is(prev, "st"));
  }

  /** "17-3-42-1": overs, maidens, runs, wickets. */
  private static boolean bowlingFigures(Tokens tokens, int to) {
    if (to >= tokens.size() || !tokens.isWord(to)) {
      return false;
    }
    String t = tokens.text(to);
    int dashes = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '-') {
        dashes++;
      } else if (!Character.isDigit(c)) {
        return false;
      }
    }
    return dashes == 3;
  }

  /** "Kimiko Date ( Japan )": two or more words, then a country in brackets. */
  private static boolean countryInBrackets(Tokens tokens, int from, int to) {
    if (to - from < 2 || to + 2 >= tokens.size() || !tokens.isPunct(to, '(')) {
      return false;
    }
    int close = to + 1;
    StringBuilder inside = new StringBuilder();
    while (close < tokens.size() && close < to + 5 && tokens.isWord(close)) {
      if (inside.length() > 0) {
        inside.append(' ');
      }
      inside.append(tokens.key(close));
      close++;
    }
    if (close >= tokens.size() || !tokens.isPunct(close, ')') || inside.length() == 0) {
      return false;
    }
    Gazetteer g = Gazetteer.get();
    String country = inside.toString();
    return g.isPlace(country) || g.demonyms.contains(country) || country.equals("u.s");
  }
}
