package io.github.lede.ingest.html;

import io.github.lede.extract.PublicationDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A publication date shown on the page rather than declared in its metadata: the text of a {@code <time>}
 * element, or of a short element whose class or id names a date ("entry-date", "post-meta", "datum"), in
 * document order. Month names in German, French, Spanish, Italian and Dutch are read as well as English.
 */
final class VisibleDates {
  /** Parts of class or id names that say "date" (matched inside words: "itemPostDate", "postmeta"). */
  private static final List<String> DATE_WORDS = List.of(
      "date", "datum", "time", "published", "posted", "meta", "byline", "fecha", "info", "details");
  private static final String FIRST_LETTERS = firstLetters();

  private static String firstLetters() {
    StringBuilder sb = new StringBuilder();
    for (String w : DATE_WORDS) {
      if (sb.indexOf(w.substring(0, 1)) < 0) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString();
  }

  /** Elements with more text than this are containers, not date labels. */
  private static final int MAX_CHARS = 120;

  private static final Map<String, String> MONTHS = Map.ofEntries(
      Map.entry("januar", "January"), Map.entry("jänner", "January"), Map.entry("janvier", "January"),
      Map.entry("enero", "January"), Map.entry("gennaio", "January"), Map.entry("januari", "January"),
      Map.entry("februar", "February"), Map.entry("feber", "February"), Map.entry("février", "February"),
      Map.entry("fevrier", "February"), Map.entry("febrero", "February"), Map.entry("febbraio", "February"),
      Map.entry("februari", "February"), Map.entry("märz", "March"), Map.entry("maerz", "March"),
      Map.entry("mars", "March"), Map.entry("marzo", "March"), Map.entry("maart", "March"),
      Map.entry("avril", "April"), Map.entry("abril", "April"), Map.entry("aprile", "April"),
      Map.entry("mai", "May"), Map.entry("mayo", "May"), Map.entry("maggio", "May"), Map.entry("mei", "May"),
      Map.entry("juni", "June"), Map.entry("juin", "June"), Map.entry("junio", "June"),
      Map.entry("giugno", "June"), Map.entry("juli", "July"), Map.entry("juillet", "July"),
      Map.entry("julio", "July"), Map.entry("luglio", "July"), Map.entry("août", "August"),
      Map.entry("aout", "August"), Map.entry("agosto", "August"), Map.entry("augustus", "August"),
      Map.entry("septembre", "September"), Map.entry("septiembre", "September"),
      Map.entry("settembre", "September"), Map.entry("oktober", "October"), Map.entry("octobre", "October"),
      Map.entry("octubre", "October"), Map.entry("ottobre", "October"), Map.entry("novembre", "November"),
      Map.entry("noviembre", "November"), Map.entry("dezember", "December"), Map.entry("décembre", "December"),
      Map.entry("decembre", "December"), Map.entry("diciembre", "December"), Map.entry("dicembre", "December"),
      Map.entry("january", "January"), Map.entry("february", "February"), Map.entry("march", "March"),
      Map.entry("april", "April"), Map.entry("may", "May"), Map.entry("june", "June"),
      Map.entry("july", "July"), Map.entry("august", "August"), Map.entry("september", "September"),
      Map.entry("october", "October"), Map.entry("november", "November"), Map.entry("december", "December"));

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

  /** Whether the element's class or id names a date ("entry-date", "itemPostDate", "postmeta"). */
  static boolean namesDate(Element e) {
    return mentionsDate(e.className()) || mentionsDate(e.id());
  }

  /**
   * Whether a date word stands anywhere in the name, in any case; no copy of the name is made, and only
   * positions holding a date word's first letter are compared (class lists run to hundreds of characters).
   */
  private static boolean mentionsDate(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = Character.toLowerCase(name.charAt(i));
      if (FIRST_LETTERS.indexOf(c) < 0) {
        continue;
      }
      for (String w : DATE_WORDS) {
        if (w.charAt(0) == c && name.regionMatches(true, i, w, 0, w.length())) {
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
      "publié:", "publicado el", "publicado:", "pubblicato il", "gepubliceerd op");

  /** Words that introduce the date a page was last updated: the date to give when it gives no other. */
  static final List<String> UPDATE_LABELS = List.of(
      "aktualisiert am", "zuletzt aktualisiert", "updated on", "last updated", "updated:", "mis à jour le",
      "actualizado el", "aggiornato il", "bijgewerkt op");

  /** All labels by their first letter: a word starting with another letter starts none. */
  private static final Map<Character, List<String>> BY_INITIAL = byInitial();

  private static Map<Character, List<String>> byInitial() {
    Map<Character, List<String>> m = new HashMap<>();
    for (List<String> labels : List.of(PUBLICATION_LABELS, UPDATE_LABELS)) {
      for (String label : labels) {
        m.computeIfAbsent(label.charAt(0), k -> new ArrayList<>()).add(label);
      }
    }
    return m;
  }

  /**
   * Whether a text node holds a publication or update label. Runs on every short text node of a page, so
   * it looks only at word starts, and there only at the labels that begin with the word's letter.
   */
  static boolean holdsDateLabel(String text) {
    if (text.length() > 300) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (i > 0 && Character.isLetter(text.charAt(i - 1))) {
        continue;
      }
      List<String> labels = BY_INITIAL.get(Character.toLowerCase(c));
      if (labels == null) {
        continue;
      }
      for (String label : labels) {
        if (text.regionMatches(true, i, label, 0, label.length())) {
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
      String found = own == null ? null : dateAfter(own, labels);
      // A bare label ("Datum:") has its date beside it, in the parent.
      if (found == null && own != null && own.length() <= 40 && e.parent() != null) {
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

  /** A full date (with its year) in visible text, any of the languages above, or null. */
  static LocalDate parse(String text) {
    return PublicationDates.parse(englishMonths(text));
  }

  /** The text with foreign month names replaced by English ones ("6. Mai 2012" -> "6. May 2012"). */
  static String englishMonths(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        sb.append(c);
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      String word = text.substring(start, i);
      String english = i - start >= 3 ? MONTHS.get(word.toLowerCase(Locale.ROOT)) : null;
      if (english != null) {
        // "6. Mai": the German ordinal dot would hide the day from the date reader.
        int n = sb.length();
        if (n >= 3 && sb.charAt(n - 1) == ' ' && sb.charAt(n - 2) == '.' && Character.isDigit(sb.charAt(n - 3))) {
          sb.deleteCharAt(n - 2);
        }
      }
      sb.append(english != null ? english : word);
    }
    return sb.toString();
  }
}
