package io.github.lede.ingest.html;

import io.github.lede.text.PublicationDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * A publication date shown on the page rather than declared in its metadata: the text of a {@code <time>}
 * element, or of a short element whose class or id names a date ("entry-date", "post-meta", "datum"), in
 * document order. Month names in German, French, Spanish, Italian and Dutch are read as well as English.
 */
final class VisibleDates {
  /** Parts of class or id names that say "date" (matched inside words: "itemPostDate", "postmeta"). */
  private static final List<String> DATE_WORDS = List.of(
      "date", "datum", "time", "published", "posted", "meta", "byline", "fecha", "info", "details", "submitted",
      "created", "authored");
  /** {@link #DATE_WORDS} by first letter ('a' to 'z'): a name's letter is compared with its own words only. */
  private static final String[][] BY_FIRST_LETTER = byFirstLetter(DATE_WORDS);

  /** Words by their first letter, 'a' to 'z' (every word here starts with one). */
  private static String[][] byFirstLetter(List<String> words) {
    List<List<String>> m = new ArrayList<>();
    for (int i = 0; i < 26; i++) {
      m.add(new ArrayList<>());
    }
    for (String w : words) {
      int letter = letterIndex(w.charAt(0));
      if (letter < 0) {
        throw new IllegalStateException("a word looked up by letter must start with a letter a-z: " + w);
      }
      m.get(letter).add(w);
    }
    String[][] table = new String[26][];
    for (int i = 0; i < 26; i++) {
      table[i] = m.get(i).toArray(String[]::new);
    }
    return table;
  }

  /** 0 for 'a' or 'A' up to 25 for 'z' or 'Z'; -1 for any other character. */
  private static int letterIndex(char c) {
    int letter = (c | 0x20) - 'a';
    return c <= 'z' && letter >= 0 && letter < 26 ? letter : -1;
  }

  /** Elements with more text than this are containers, not date labels. */
  private static final int MAX_CHARS = 120;

  private VisibleDates() {}

  /** The first date shown in a date-like element, as {@code YYYY-MM-DD}, or null. */
  static String find(List<Element> candidates) {
    for (Element e : candidates) {
      String text = HtmlText.boundedText(e, MAX_CHARS);
      if (text == null) {
        continue;
      }
      LocalDate d = parse(text);
      if (d == null && e.hasAttr("title")) {
        d = parse(e.attr("title"));
      }
      if (d != null) {
        return d.toString();
      }
    }
    return null;
  }

  /**
   * The earliest date shown among readers' comments: a page that shows no date of its own was published
   * before its first comment, most often on the same day.
   */
  static String earliest(List<Element> commentDates) {
    LocalDate best = null;
    for (Element e : commentDates) {
      String text = HtmlText.boundedText(e, MAX_CHARS);
      LocalDate d = text == null ? null : parse(text);
      if (d == null && e.hasAttr("datetime")) {
        d = parse(e.attr("datetime"));
      }
      if (d != null && (best == null || d.isBefore(best))) {
        best = d;
      }
    }
    return best == null ? null : best.toString();
  }

  /** Whether the element's class or id names a date ("entry-date", "itemPostDate", "postmeta"). */
  static boolean namesDate(Element e) {
    return namesDate(e.className(), e.id());
  }

  /** {@link #namesDate(Element)} for an element's class and id, read once by a walk that checks several things. */
  static boolean namesDate(String cls, String id) {
    return (mentionsDate(cls) || mentionsDate(id)) && !namesToday(cls, id);
  }

  /**
   * Whether the element shows the day the page was served ("current-date", "today"), as news sites print in
   * their headers: never the article's date.
   */
  private static boolean namesToday(String cls, String id) {
    return startsWord(cls, "current") || startsWord(cls, "today") || startsWord(id, "current")
        || startsWord(id, "today");
  }

  /**
   * Whether the element holds readers' comments or one of them: a class or id word starting "comment"
   * ("comment-meta", "commentDate", "comments"). The page and article themselves are never taken for one.
   */
  static boolean marksComment(Element e) {
    return marksComment(e, e.className(), e.id());
  }

  /** {@link #marksComment(Element)} with the element's class and id already read. */
  static boolean marksComment(Element e, String cls, String id) {
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")) {
      return false;
    }
    return startsWord(cls, "comment") || startsWord(id, "comment");
  }

  /** Whether a word of the names (after a non-letter) starts with the given lower-case one, in any case. */
  private static boolean startsWord(String names, String word) {
    int last = names.length() - word.length();
    char first = word.charAt(0);
    for (int at = 0; at <= last; at++) {
      if ((names.charAt(at) | 0x20) == first && (at == 0 || !Character.isLetter(names.charAt(at - 1)))
          && names.regionMatches(true, at, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a date word stands anywhere in the name, in any case; no copy of the name is made, and only
   * positions holding a date word's first letter are compared (class lists run to hundreds of characters).
   */
  private static boolean mentionsDate(String name) {
    for (int i = 0; i < name.length(); i++) {
      int letter = letterIndex(name.charAt(i));
      if (letter < 0 || BY_FIRST_LETTER[letter].length == 0 || i + 1 >= name.length()) {
        continue;
      }
      char second = (char) (name.charAt(i + 1) | 0x20);
      for (String w : BY_FIRST_LETTER[letter]) {
        // the second letter first: most class names share first letters with the words, few share two
        if (w.charAt(1) == second && name.regionMatches(true, i, w, 0, w.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A date on a short line of its own among the blocks around the start of the article (where a blog prints
   * "January 13, 2020 at 08:45 AM" under its headline), or opening one of the article's first paragraphs
   * ("27.1.2022 - At the ceremony ..."), or null.
   */
  static String nearStart(Blocks.Page page) {
    int from = Math.max(0, page.start() - 10);
    int to = Math.min(page.blocks().size(), page.start() + 5);
    for (int i = from; i < to; i++) {
      Blocks.Block b = page.blocks().get(i);
      LocalDate d = null;
      if (b.chars() <= 100) {
        d = parse(b.text());
      } else if (i >= page.start() && Character.isDigit(b.text().charAt(0))) {
        d = parse(b.text().substring(0, Math.min(b.text().length(), 24)));
      }
      if (d != null) {
        return d.toString();
      }
    }
    return null;
  }

  /** Words that introduce a publication date on the page, lower case. */
  static final List<String> PUBLICATION_LABELS = List.of(
      "veröffentlicht am", "veröffentlicht:", "erschienen am", "erschienen:", "publiziert am", "datum:",
      "pressemitteilung vom", "published on", "published:", "posted on", "date published", "publié le",
      "publié:", "publicado el", "publicado:", "pubblicato il", "gepubliceerd op", "erscheinungsdatum",
      "erstellt am", "gepostet am", "mise en ligne", "date de publication", "publication date", "publicado em",
      "publicada em", "publicación:");

  /** Words that introduce the date a page was last updated: the date to give when it gives no other. */
  static final List<String> UPDATE_LABELS = List.of(
      "aktualisiert am", "zuletzt aktualisiert", "updated on", "last updated", "updated:", "mis à jour le",
      "actualizado el", "aggiornato il", "bijgewerkt op", "letzte änderung", "zuletzt geändert", "geändert am",
      "modifié le", "atualizado em");

  /**
   * All labels by their first letter, 'a' to 'z' (every label starts with one): a word starting with another
   * letter starts none.
   */
  private static final String[][] BY_INITIAL = byFirstLetter(
      java.util.stream.Stream.concat(PUBLICATION_LABELS.stream(), UPDATE_LABELS.stream()).toList());

  /**
   * Whether a text node holds a publication or update label. Runs on every short text node of a page, so
   * it looks only at word starts, and there only at the labels that begin with the word's letter.
   */
  static boolean holdsDateLabel(String text) {
    // A label may open a long paragraph ("Pressemitteilung vom 7. November 2023 | Berlin - ..."): a long text
    // is looked at only at its start.
    int end = text.length() <= 300 ? text.length() : 120;
    for (int i = 0; i < end; i++) {
      // The label's initial first: it rules out most characters without asking what the one before is.
      int letter = letterIndex(text.charAt(i));
      if (letter < 0 || BY_INITIAL[letter].length == 0 || i > 0 && Character.isLetter(text.charAt(i - 1))) {
        continue;
      }
      // The second letter next, as mentionsDate does: most words share an initial with a label, few two letters.
      char second = i + 1 < text.length() ? (char) (text.charAt(i + 1) | 0x20) : ' ';
      for (String label : BY_INITIAL[letter]) {
        if (label.charAt(1) == second && text.regionMatches(true, i, label, 0, label.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The first date after one of the labels, in the label's element and what follows it closely. */
  static String afterLabel(List<Element> labelled, List<String> labels) {
    for (Element e : labelled) {
      String own = HtmlText.boundedText(e, 240);
      if (own == null) {
        // A label opening a long paragraph ("Pressemitteilung vom 25. Januar 2022 | Berlin - ..."): its own
        // text, where the label was found, holds the date.
        String direct = e.ownText();
        own = direct.substring(0, Math.min(direct.length(), 300));
      }
      String found = dateAfter(own, labels);
      // A bare label ("Datum:") has its date beside it, in the parent.
      if (found == null && own.length() <= 40 && e.parent() != null) {
        String around = HtmlText.boundedText(e.parent(), 240);
        found = around == null ? null : dateAfter(around, labels);
      }
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static String dateAfter(String text, List<String> labels) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String label : labels) {
      int at = lower.indexOf(label);
      if (at >= 0) {
        LocalDate d = parse(text.substring(at + label.length(), Math.min(text.length(), at + label.length() + 60)));
        if (d != null) {
          return d.toString();
        }
      }
    }
    return null;
  }

  /** A full date (with its year) in visible text, any of the languages {@link ShownDates} reads, or null. */
  static LocalDate parse(String text) {
    return ShownDates.parse(text);
  }
}
