package io.github.lede.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Captions a source gave apart from its text (an HTML page's {@code <figcaption>}s), split from their credits
 * as captions in the text are, and put before the captions and credits found in the text.
 */
record GivenCaptions(List<String> captions, List<String> credits) {

  static GivenCaptions merge(List<String> given, Structure s) {
    if (given.isEmpty()) {
      return new GivenCaptions(s.captions(), s.credits());
    }
    List<String> captions = new ArrayList<>();
    List<String> credits = new ArrayList<>();
    for (String raw : given) {
      String line = Text.tidy(raw);
      if (line.isEmpty() || !Text.moreWordsThan(line, 4) && Chrome.isChrome(line) && Captions.creditOnly(line) == null) {
        // A caption's toggle ("Hide caption", "less") or a gallery's counter ("Image 3 of 12").
        continue;
      }
      String credit = Captions.creditOnly(line);
      if (credit != null) {
        credits.add(credit);
        continue;
      }
      Captions.Caption c = Captions.parse(line);
      captions.add(c == null ? line : c.text());
      if (c != null && c.credit() != null && !c.credit().isEmpty()) {
        credits.add(c.credit());
      }
    }
    captions.addAll(s.captions());
    credits.addAll(s.credits());
    return new GivenCaptions(captions, credits);
  }
}
