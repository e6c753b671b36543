package io.github.lede.ingest.html;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts a page into text blocks (the text between block-level boundaries: paragraphs, list items, headings,
 * table rows, captions, line breaks) and finds the subtree that holds the article, in the same single pass
 * ({@link BlockWalker}). Each block gets a weight: positive for running text, negative for links and
 * fragments. An element's score is the sum over the blocks inside it, and the element with the highest score
 * is the article's container: the subtree that gathers the most text while taking in the least navigation.
 * Its blocks are contiguous in document order, so the container is kept as a range of block numbers.
 */
final class Blocks {
  static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "section", "article", "main", "body", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3",
      "h4", "h5", "h6", "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption",
      "figure", "figcaption", "header", "address", "hr", "center", "details", "summary", "fieldset", "legend");

  /** What a block is, from the element it stands in. */
  enum Kind { TEXT, HEADING, CAPTION, DEK, ITEM, ROW }

  /**
   * A block's text, its characters without spaces and those of them in links, what it is, and whether its
   * last character is a link's: a sentence that links many of its words still ends in words of its own.
   */
  record Block(String text, int chars, int linkChars, Kind kind, boolean endsInLink) {
    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }

    Block withKind(Kind k) {
      return new Block(text, chars, linkChars, k, endsInLink);
    }

    /**
     * Mostly links and not a sentence: a menu, a list of headlines, a "Read more: ..." line. A paragraph that
     * links many of its words (names, sources, earlier stories) still has words of its own between the links
     * and ends with its own full stop, which navigation never does.
     */
    boolean isLinkList() {
      if (linkChars * 2 <= chars) {
        return false;
      }
      return endsInLink || chars - linkChars < MIN_OWN_CHARS || !MainText.endsLikeSentence(text);
    }

    /** Running text of some kind: not a heading or a caption. */
    boolean isText() {
      return kind != Kind.HEADING && kind != Kind.CAPTION;
    }

    /** A text block this long, with few links: a paragraph of the article or of something else. */
    boolean isProse() {
      return isText() && chars >= PROSE_CHARS && linkDensity() < 0.3;
    }
  }

  /** Why a block of the page is not the article's although it may stand in its container. */
  enum Out { NO, NEGATIVE_BOX, TEASER }

  /**
   * The blocks of a page, the range {@code [start, end)} of those in the article's container, and why a
   * block is left out: it stands in a box (a subtree) inside the container whose score is negative (a
   * related-links box, a comment form, a share bar), or in teaser cards, wherever they are.
   */
  record Page(List<Block> blocks, int start, int end, Out[] out) {
    boolean leftOut(int i) {
      return out[i] != Out.NO;
    }
  }

  private Blocks() {}

  static Page of(Element root, Boilerplate boilerplate) {
    BlockWalker w = new BlockWalker(boilerplate);
    NodeTraversor.filter(w, root);
    w.flush();
    int start = 0;
    int end = w.blocks.size();
    int best = w.bestRecord;
    if (best >= 0) {
      // A container whose score comes almost all from one child is that child plus a box beside it (an
      // author's note, a teaser): the child is the article.
      while (w.recordBestChild[best] >= 0 && holdsTheProse(w, w.recordBestChild[best], best)) {
        best = w.recordBestChild[best];
      }
      start = w.recordStart[best];
      end = w.recordEnd[best];
    }
    Out[] out = new Out[w.blocks.size()];
    Arrays.fill(out, Out.NO);
    // Boxes were recorded as they closed, inner before outer; walked backwards, an outer box comes before
    // the boxes inside it, which then need no second fill: each block is marked once.
    int filledStart = Integer.MAX_VALUE;
    int filledEnd = Integer.MIN_VALUE;
    for (int k = w.negativeBoxes.size() - 1; k >= 0; k--) {
      int[] box = w.negativeBoxes.get(k);
      boolean inside = box[0] >= filledStart && box[1] <= filledEnd;
      if (!inside && box[0] >= start && box[1] <= end) {
        Arrays.fill(out, box[0], box[1], Out.NEGATIVE_BOX);
        filledStart = box[0];
        filledEnd = box[1];
      }
    }
    for (int[] teaser : w.cards.teasers) {
      // A container that is itself one of the cards is a short post among others: it is the article.
      if (!(teaser[0] <= start && teaser[1] >= end)) {
        Arrays.fill(out, teaser[0], teaser[1], Out.TEASER);
      }
    }
    return new Page(w.blocks, start, end, out);
  }

  /** The share of its parent's score at which a child is taken for the container instead. */
  static final double CHILD_SHARE = 0.9;

  /** A box inside the container scoring below this is left out. */
  static final double NEGATIVE_BOX = 0;

  /**
   * What a character of link text costs beyond not counting as text: a block half of links weighs below
   * zero, so menus and teaser lists pull a subtree's score down.
   */
  static final double LINK_COST = 1.5;
  /** What every block costs: many short fragments (labels, buttons) score below a few paragraphs. */
  static final double BLOCK_COST = 5;

  /**
   * Whether a child holds nearly all of its parent's score, or all of its prose while the parent adds no
   * more than a line or two beside it (a footer, a "powered by").
   */
  private static boolean holdsTheProse(BlockWalker w, int child, int parent) {
    int prose = w.recordProse[parent];
    int outside = (w.recordEnd[parent] - w.recordStart[parent]) - (w.recordEnd[child] - w.recordStart[child]);
    return w.recordScore[child] >= CHILD_SHARE * w.recordScore[parent]
        || prose > 0 && w.recordProse[child] >= prose && outside <= MAX_LINES_OUTSIDE;
  }

  /** How many short lines a parent may add to a child holding all its prose for the child to be taken. */
  static final int MAX_LINES_OUTSIDE = 2;

  /** A text block this long, with few links, is prose: a paragraph of the article or of something else. */
  static final int PROSE_CHARS = 80;

  /** A block in a dek's place shorter than this is a label ("Summary", a byline), not the dek. */
  static final int MIN_DEK_CHARS = 30;
  /** Most paragraphs of a dek: an element in a dek's place holding more is the article's text. */
  static final int MAX_DEK_BLOCKS = 2;

  /** Fewest characters outside links for a mostly linked block to be a sentence that links its words. */
  static final int MIN_OWN_CHARS = 40;

  /** The weight of a block for choosing the container: text counts, links count against, every block costs. */
  static double weight(Block b) {
    if (b.kind() == Kind.CAPTION) {
      return 0;
    }
    return b.chars() - LINK_COST * b.linkChars() - BLOCK_COST;
  }
}
