package io.github.lede.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The article's paragraphs and captions from the blocks of its container: link lists and the headline are
 * left out, {@code <figcaption>} text becomes captions.
 */
record MainText(List<String> paragraphs, List<String> captions) {
  /** A block with more of its text in links than this is navigation, not prose. */
  private static final double MAX_LINK_DENSITY = 0.5;

  static MainText of(Blocks.Page page, String headline) {
    String head = headline == null ? null : fold(headline);
    List<String> paragraphs = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    for (int i = page.start(); i < page.end(); i++) {
      Blocks.Block b = page.blocks().get(i);
      if (b.linkDensity() > MAX_LINK_DENSITY || page.inNegativeBox()[i]) {
        continue;
      }
      if (b.kind() == Blocks.Kind.CAPTION) {
        captions.add(b.text());
        continue;
      }
      if (b.kind() == Blocks.Kind.HEADING && head != null && fold(b.text()).equals(head)) {
        continue;
      }
      paragraphs.add(b.text());
    }
    return new MainText(paragraphs, captions);
  }

  private static String fold(String s) {
    return HtmlText.collapse(s).toLowerCase(Locale.ROOT);
  }
}
