package io.github.lede.extract;

import io.github.lede.text.AuthorNames;
import io.github.lede.text.WordList;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises bylines: "By Hana Okafor" (and "Von", "Par", "Por", "Door"), "By Hana Okafor and Tomás Ruiz",
 * "By HANA OKAFOR, Associated Press", "Hana Okafor, Staff Reporter", "Hana Okafor | Correspondent". The names
 * come out without the affiliation, in their usual case.
 */
final class Bylines {
  private static final List<String> ROLE_WORDS = List.of(
      "reporter", "correspondent", "editor", "writer", "columnist", "contributor", "staff", "producer",
      "journalist", "bureau", "chief", "desk", "news", "press", "reuters", "afp", "associated", "reporters",
      "correspondents", "editors", "writers", "contributors", "photographer", "freelance", "intern");

  private Bylines() {}

  /** The authors a byline names, or null when the line is not a byline. */
  static List<String> parse(String line) {
    if (Text.moreWordsThan(line, 16) || Text.endsLikeSentence(line) && !line.endsWith(".")) {
      return null;
    }
    String rest;
    boolean by;
    if (Text.startsWithIgnoreCase(line, "by ")) {
      rest = line.substring(3);
      by = true;
    } else if (startsWithBy(line)) {
      // "Von", "Par", "Por", "Door": the word for "by" in German, French, Spanish and Dutch bylines.
      rest = line.substring(line.indexOf(' ') + 1);
      by = true;
    } else if (Text.startsWithIgnoreCase(line, "written by ") || Text.startsWithIgnoreCase(line, "words by ")
        || Text.startsWithIgnoreCase(line, "story by ")) {
      rest = line.substring(line.indexOf("by ") + 3);
      by = true;
    } else {
      rest = line;
      by = false;
    }
    int cut = affiliationStart(rest);
    String names = cut < 0 ? rest : rest.substring(0, cut);
    String affiliation = cut < 0 ? "" : rest.substring(cut + 1);
    // Without "By", only "Name, Staff Reporter" shapes: a short role, no sentence.
    if (!by && (!hasRoleWord(affiliation) || Text.moreWordsThan(affiliation, 6) || Text.endsLikeSentence(line))) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String n : AuthorNames.split(names)) {
      if (!isName(n)) {
        return null;
      }
      out.add(AuthorNames.fixCase(n));
    }
    return out.isEmpty() ? null : out;
  }

  private static boolean startsWithBy(String line) {
    return Text.startsWithIgnoreCase(line, "von ") || Text.startsWithIgnoreCase(line, "par ")
        || Text.startsWithIgnoreCase(line, "por ") || Text.startsWithIgnoreCase(line, "door ");
  }

  /** Where the names end: at the first comma, pipe or spaced dash. */
  private static int affiliationStart(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '|' || ((c == '-' || c == '—' || c == '–') && i > 0 && s.charAt(i - 1) == ' ')) {
        // "Hana Okafor, Tomás Ruiz and Li Wei": a comma between names is not an affiliation.
        if (c == ',' && isNameList(s.substring(i + 1))) {
          continue;
        }
        return i;
      }
    }
    return -1;
  }

  private static boolean isNameList(String s) {
    String t = s.strip();
    int and = Text.lower(t).indexOf(" and ");
    String first = and > 0 ? t.substring(0, and) : t;
    return isName(first.strip()) && !hasRoleWord(first);
  }

  private static boolean hasRoleWord(String s) {
    for (String w : Text.lower(s).split("[^\\p{L}]+")) {
      if (ROLE_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Two to six capitalised words (particles such as "de", "van", "bin", "al-" allowed), no digits. */
  static boolean isName(String s) {
    String[] words = s.strip().split(" ");
    if (words.length < 2 || words.length > 6) {
      return false;
    }
    int capitalised = 0;
    for (String w : words) {
      if (w.isEmpty()) {
        return false;
      }
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (!(Character.isLetter(c) || c == '-' || c == '\'' || c == '’' || c == '.')) {
          return false;
        }
      }
      if (Character.isUpperCase(w.charAt(0))) {
        capitalised++;
      } else if (!isParticle(w)) {
        return false;
      }
    }
    return capitalised >= 2;
  }

  private static boolean isParticle(String w) {
    return WordList.NAME_PARTICLES.contains(Text.lower(w)) || w.startsWith("al-") || w.startsWith("el-");
  }

  /**
   * A line of bare names ("Hana Okafor and Tomás Ruiz") read as a byline; only asked about lines between
   * the headline and the body, where such a line can be nothing else.
   */
  static List<String> parseBare(String line) {
    if (Text.moreWordsThan(line, 12) || Text.endsLikeSentence(line)) {
      return null;
    }
    List<String> names = AuthorNames.split(line);
    if (names.isEmpty() || names.size() > 4) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String n : names) {
      if (!isName(n) || Text.moreWordsThan(n, 4)) {
        return null;
      }
      out.add(AuthorNames.fixCase(n));
    }
    return out;
  }
}
