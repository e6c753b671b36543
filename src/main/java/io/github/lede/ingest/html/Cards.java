package io.github.lede.ingest.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds teaser cards wherever they sit: "more from", "most read" and "recent posts" rails, related stories, and
 * {@code <article>}s nested in the main one. A card is a small subtree whose headline is a link and whose
 * unlinked text is an excerpt of a sentence or two; one card alone may be a link the writer set, but cards
 * that repeat among siblings are a list of other articles. The excerpts read as prose, which is why neither
 * link density nor the container's score sees them.
 *
 * <p>Fed by the block walk as elements close, innermost first: each element confirms the cards among its
 * children and offers itself as a card to its parent, so the work is constant per element.
 */
final class Cards {
  /** Most blocks in a card: a label, a headline, an excerpt, a byline, a date and a "read more" or two. */
  private static final int MAX_BLOCKS = 8;
  /** Most unlinked characters in a card: an excerpt of two sentences and its date. */
  private static final int MAX_EXCERPT_CHARS = 300;
  /** Shortest headline: shorter blocks before it are labels (a section, a date) and are stepped over. */
  private static final int MIN_HEADLINE_CHARS = 12;
  /** The share of a headline block that is linked. */
  private static final double HEADLINE_LINK_SHARE = 0.8;
  /** Longest block of a rail that is not a card: a heading or a "see all" link above or below the cards. */
  private static final int MAX_RAIL_LABEL_CHARS = 60;

  /** Candidate cards, each an element that closed and has not yet been claimed by its parent. */
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private double[] scores = new double[16];
  private int size;
  /** Ranges of blocks that are cards or whole rails, in the order they were confirmed. */
  final List<int[]> teasers = new ArrayList<>();

  /** Where an element's children's candidates will start: taken when the element opens. */
  int mark() {
    return size;
  }

  /**
   * An element closes, holding blocks {@code [start, end)} of {@code chars} characters ({@code linkChars} in
   * links) and the given score, and its children's candidates from {@code mark} on. Two or more cards among
   * its children are teasers; the element itself becomes its parent's candidate when it reads as a card.
   *
   * @return the score the confirmed cards had added to the element, which their rail no longer earns
   */
  double close(List<Blocks.Block> blocks, int mark, int start, int end, int chars, int linkChars, double score) {
    double claimed = 0;
    if (size - mark >= 2) {
      for (int k = mark; k < size; k++) {
        claimed += Math.max(0, scores[k]);
      }
      if (onlyLabelsBeside(blocks, mark, start, end)) {
        teasers.add(new int[] {start, end});
      } else {
        for (int k = mark; k < size; k++) {
          teasers.add(new int[] {starts[k], ends[k]});
        }
      }
    }
    size = mark;
    if (isCard(blocks, start, end, chars, linkChars)) {
      push(start, end, score - claimed);
    }
    return claimed;
  }

  /** Whether the blocks of the element outside its cards are short labels: a rail's heading, "See all". */
  private boolean onlyLabelsBeside(List<Blocks.Block> blocks, int mark, int start, int end) {
    int k = mark;
    for (int i = start; i < end; i++) {
      while (k < size && ends[k] <= i) {
        k++;
      }
      if (k < size && starts[k] <= i) {
        continue;
      }
      if (blocks.get(i).chars() > MAX_RAIL_LABEL_CHARS) {
        return false;
      }
    }
    return true;
  }

  /**
   * A linked headline, perhaps after a short label, with little unlinked text: a card. The headline's block
   * is link text for the most part; a paragraph with a link in it is not one.
   */
  static boolean isCard(List<Blocks.Block> blocks, int start, int end, int chars, int linkChars) {
    int n = end - start;
    if (n < 2 || n > MAX_BLOCKS || chars - linkChars > MAX_EXCERPT_CHARS) {
      return false;
    }
    for (int i = start; i < end; i++) {
      Blocks.Block b = blocks.get(i);
      if (b.chars() >= MIN_HEADLINE_CHARS) {
        return b.linkDensity() >= HEADLINE_LINK_SHARE;
      }
    }
    return false;
  }

  private void push(int start, int end, double score) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
      scores = Arrays.copyOf(scores, size * 2);
    }
    starts[size] = start;
    ends[size] = end;
    scores[size] = score;
    size++;
  }
}
