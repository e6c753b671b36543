package io.github.lede.ingest.html;

import java.util.List;

/**
 * A short text set beside one image in a small box of their own is that image's caption, whatever element
 * holds it: blog engines write captions as paragraphs or spans under the image, not as {@code <figcaption>}.
 * A box that already has a caption, a heading or links for its text (a teaser card) is left as it is.
 */
final class ImageCaptions {
  /** Most characters of a caption found by position: one or two sentences. */
  private static final int MAX_CHARS = 200;
  /** Fewest characters: a credit alone ("Reuters") is a caption's credit too. */
  private static final int MIN_CHARS = 3;
  /** Most blocks: a caption and its credit. */
  private static final int MAX_BLOCKS = 2;

  private ImageCaptions() {}

  /**
   * Makes the text blocks {@code [start, end)} of a box with one image captions when the box reads as a
   * captioned image.
   *
   * @return the weight the blocks had as text, which the box no longer has
   */
  static double mark(List<Blocks.Block> blocks, int start, int end, int chars, int linkChars) {
    int n = end - start;
    if (n < 1 || n > MAX_BLOCKS || chars > MAX_CHARS || chars < MIN_CHARS || 2 * linkChars > chars) {
      return 0;
    }
    for (int i = start; i < end; i++) {
      Blocks.Kind k = blocks.get(i).kind();
      if (k != Blocks.Kind.TEXT) {
        return 0;
      }
    }
    double weight = 0;
    for (int i = start; i < end; i++) {
      Blocks.Block b = blocks.get(i);
      weight += Blocks.weight(b);
      blocks.set(i, b.withKind(Blocks.Kind.CAPTION));
    }
    return weight;
  }
}
