package io.github.lede.extract;


import io.github.lede.text.PublicationDates;
import io.github.lede.text.WrittenDate;
/**
 * Recognises the date lines sites print near a headline: "Published June 19, 2024", "Updated 10:32 GMT, 20
 * June 2024", "Published : June 20, 2024 - 15:31", "Posted on ...". The line itself is chrome.
 */
final class PublishedLines {
  /** A date line: its date, and whether it gives an update rather than the first publication. */
  record Found(WrittenDate date, boolean update) {}

  private PublishedLines() {}

  static Found parse(String unit) {
    if (Text.moreWordsThan(unit, 20)) {
      return null;
    }
    String n = Text.lower(unit);
    boolean update = n.startsWith("updated") || n.startsWith("last updated") || n.startsWith("last modified");
    if (!(update || n.startsWith("published") || n.startsWith("posted") || n.startsWith("first published")
        || n.startsWith("date:") || n.startsWith("date published"))) {
      return null;
    }
    WrittenDate date = PublicationDates.find(unit);
    return date == null ? null : new Found(date, update);
  }
}
