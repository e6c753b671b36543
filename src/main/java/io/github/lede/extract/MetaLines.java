package io.github.lede.extract;

import io.github.lede.text.CalendarNames;
import io.github.lede.text.PublicationDates;
import io.github.lede.text.WrittenDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The line of facts under a headline that sites set in one row: "By Ada Lind · 4 min read", "Ada Lind |
 * 3 November 2024 | 4 min read", "Ada Lind, November 3, 2024", "Nov 3, 2024 · 5 hours ago". Cut at its
 * separators, every part is a byline (or bare names), a date, or a label (a reading time, "2 hours ago"); a
 * part that is none of these makes the line something else. The line is not text; its names are the authors
 * and its date the publication date. Read as a whole, its reading-time badge made it chrome and its names
 * were lost.
 */
final class MetaLines {
  /** What a meta line gives: its authors (perhaps none) and its date (or null), labelled or not. */
  record Meta(List<String> authors, PublishedLines.Found date) {}

  /** Separators between the parts, spaced as sites print them. */
  private static final List<String> SEPARATORS = List.of(" · ", " | ", " • ", " — ", " – ", " - ", " / ");

  private MetaLines() {}

  /** The line's authors and date, or null when it is not such a line. */
  static Meta parse(String line) {
    if (Text.moreWordsThan(line, 20) || Text.endsLikeSentence(line) && !line.endsWith(".")) {
      return null;
    }
    List<String> parts = split(line);
    if (parts.size() < 2) {
      return null;
    }
    List<String> authors = new ArrayList<>();
    PublishedLines.Found date = null;
    int facts = 0;
    for (String part : parts) {
      List<String> names = names(part, authors.isEmpty());
      PublishedLines.Found d = names == null ? labelledDate(part) : null;
      if (names != null) {
        authors.addAll(names);
        facts++;
      } else if (d != null) {
        date = date == null ? d : date;
        facts++;
      } else if (!Chrome.isChrome(part)) {
        return null;
      }
    }
    return facts == 0 ? null : new Meta(authors, date);
  }

  /** The parts between separators; without any, a name and a date after a comma ("Ada Lind, May 3, 2024"). */
  private static List<String> split(String line) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < line.length(); i++) {
      for (String sep : SEPARATORS) {
        if (line.startsWith(sep, i)) {
          parts.add(line.substring(from, i).strip());
          from = i + sep.length();
          i = from - 1;
          break;
        }
      }
    }
    parts.add(line.substring(from).strip());
    parts.removeIf(String::isEmpty);
    if (parts.size() == 1) {
      int comma = line.indexOf(", ");
      if (comma > 0 && date(line.substring(comma + 2)) != null) {
        return List.of(line.substring(0, comma).strip(), line.substring(comma + 2).strip());
      }
    }
    return parts;
  }

  /** A byline's names, or bare names when no byline came before ("Ada Lind" beside a date). */
  private static List<String> names(String part, boolean bareAllowed) {
    List<String> names = Bylines.parse(part);
    return names != null || !bareAllowed ? names : Bylines.parseBare(part);
  }

  /** A date part, with whether its label says it is an update ("Updated 3 May 2024"). */
  private static PublishedLines.Found labelledDate(String part) {
    PublishedLines.Found labelled = PublishedLines.parse(part);
    if (labelled != null) {
      return labelled;
    }
    WrittenDate d = date(part);
    return d == null ? null : new PublishedLines.Found(d, false);
  }

  /**
   * A part holding only a date, perhaps with a time or a weekday: "Wed 19 Jun 2024 10.32 BST". A year is
   * needed, for a year-less "June 19" is as often an event's date.
   */
  static WrittenDate date(String part) {
    if (Text.moreWordsThan(part, 8) || Text.endsLikeSentence(part) && !part.endsWith(".")) {
      return null;
    }
    WrittenDate found = PublicationDates.find(part);
    return found == null || found.year() == 0 || !mostlyDate(part) ? null : found;
  }

  /** Few letters besides month and weekday names: "June 19, 2024 10:30 a.m. EDT", not a sentence. */
  private static boolean mostlyDate(String unit) {
    int words = 0;
    int dateWords = 0;
    for (String w : unit.split("[ ,]+")) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      if (isDateWord(w)) {
        dateWords++;
      }
    }
    return dateWords * 4 >= words * 3;
  }

  /** Digits, month or weekday names, "a.m.", time zones ("GMT", "ET"), "at", "|", "-". */
  private static boolean isDateWord(String w) {
    char c = w.charAt(0);
    if (Character.isDigit(c) || CalendarNames.month(w) > 0 || CalendarNames.weekday(w) > 0) {
      return true;
    }
    String l = Text.lower(w);
    if (l.equals("a.m.") || l.equals("p.m.") || l.equals("am") || l.equals("pm") || l.equals("at")
        || l.equals("|") || l.equals("-") || l.equals("·")) {
      return true;
    }
    return w.length() >= 2 && w.length() <= 4 && !Text.hasLowerCase(w) && Character.isLetter(c);
  }
}
