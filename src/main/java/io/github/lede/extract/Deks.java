package io.github.lede.extract;

import io.github.lede.model.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * The standfirst a source gave apart from the text (a page's summary line under the headline, a feed's
 * description): each of its lines tidied, and the lines that are not a summary (chrome, a byline, a date
 * line, the headline again) left out.
 */
final class Deks {
  private Deks() {}

  /** The dek's lines that read as a summary, joined as paragraphs, or null when none is left. */
  static String clean(String dek, String headline) {
    if (dek == null || dek.isBlank()) {
      return null;
    }
    List<String> kept = new ArrayList<>();
    for (String line : dek.split("\n", -1)) {
      String t = Text.tidy(line.strip());
      if (t.isEmpty() || Chrome.isChrome(t) || PublishedLines.parse(t) != null || Bylines.parse(t) != null
          || headline != null && Text.normalise(t).equals(Text.normalise(headline))) {
        continue;
      }
      kept.add(t);
    }
    return kept.isEmpty() ? null : String.join(Article.PARAGRAPH_SEPARATOR, kept);
  }
}
