package io.github.lede.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * Cuts a page into text blocks (the text between block-level boundaries: paragraphs, list items, headings,
 * cells, captions, line breaks) and finds the subtree that holds the article, in the same single pass. Each
 * block gets a weight: positive for running text, negative for links and fragments. An element's score is
 * the sum over the blocks inside it, and the element with the highest score is the article's container:
 * the subtree that gathers the most text while taking in the least navigation. Its blocks are contiguous in
 * document order, so the container is kept as a range of block numbers.
 */
final class Blocks {
  static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "section", "article", "main", "body", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3",
      "h4", "h5", "h6", "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption",
      "figure", "figcaption", "header", "address", "hr", "center", "details", "summary", "fieldset", "legend");

  /** What a block is, from the element it stands in. */
  enum Kind { TEXT, HEADING, CAPTION }

  record Block(String text, int chars, int linkChars, Kind kind) {
    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }
  }

  /**
   * The blocks of a page, the range {@code [start, end)} of those in the article's container, and which
   * blocks inside it stand in a box (a subtree) whose score is negative: a related-links box, a comment
   * form, a share bar that the container holds along with the article.
   */
  record Page(List<Block> blocks, int start, int end, boolean[] inNegativeBox) {}

  private Blocks() {}

  static Page of(Element root, Boilerplate boilerplate) {
    Walker w = new Walker(boilerplate);
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
    boolean[] negative = new boolean[w.blocks.size()];
    // Boxes were recorded as they closed, inner before outer; walked backwards, an outer box comes before
    // the boxes inside it, which then need no second fill: each block is marked once.
    int filledStart = Integer.MAX_VALUE;
    int filledEnd = Integer.MIN_VALUE;
    for (int k = w.negativeBoxes.size() - 1; k >= 0; k--) {
      int[] box = w.negativeBoxes.get(k);
      boolean inside = box[0] >= filledStart && box[1] <= filledEnd;
      if (!inside && box[0] >= start && box[1] <= end) {
        java.util.Arrays.fill(negative, box[0], box[1], true);
        filledStart = box[0];
        filledEnd = box[1];
      }
    }
    return new Page(w.blocks, start, end, negative);
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
  private static boolean holdsTheProse(Walker w, int child, int parent) {
    int prose = w.recordProse[parent];
    int outside = (w.recordEnd[parent] - w.recordStart[parent]) - (w.recordEnd[child] - w.recordStart[child]);
    return w.recordScore[child] >= CHILD_SHARE * w.recordScore[parent]
        || prose > 0 && w.recordProse[child] >= prose && outside <= MAX_LINES_OUTSIDE;
  }

  /** How many short lines a parent may add to a child holding all its prose for the child to be taken. */
  static final int MAX_LINES_OUTSIDE = 2;

  /** A text block this long, with few links, is prose: a paragraph of the article or of something else. */
  static final int PROSE_CHARS = 80;

  /** The weight of a block for choosing the container: text counts, links count against, every block costs. */
  static double weight(Block b) {
    if (b.kind() == Kind.CAPTION) {
      return 0;
    }
    return b.chars() - LINK_COST * b.linkChars() - BLOCK_COST;
  }

  private static final class Walker implements NodeFilter {
    private final Boilerplate boilerplate;
    final List<Block> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private int captionDepth;
    private int headingDepth;
    /** Per open block-level element: the first block inside it and the score so far. */
    private int[] frameStart = new int[64];
    private double[] frameScore = new double[64];
    private int frames;
    /** Ranges of blocks of subtrees that scored below {@link #NEGATIVE_BOX}, outermost last. */
    final List<int[]> negativeBoxes = new ArrayList<>();
    /** One record per closed block-level element: its blocks, score, prose and best-scoring child record. */
    int[] recordStart = new int[256];
    int[] recordEnd = new int[256];
    double[] recordScore = new double[256];
    int[] recordBestChild = new int[256];
    int[] recordProse = new int[256];
    int records;
    private int[] frameProse = new int[64];
    /** Per open element: its best child record so far. */
    private int[] frameBestChild = new int[64];
    int bestRecord = -1;
    private double bestScore = 0;

    Walker(Boilerplate boilerplate) {
      this.boilerplate = boilerplate;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        appendText(t.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      if (boilerplate.covers(e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      String tag = e.normalName();
      switch (tag) {
        case "a" -> linkDepth++;
        case "figcaption" -> captionDepth++;
        case "h1", "h2", "h3", "h4", "h5", "h6" -> headingDepth++;
        case "br" -> flush();
        default -> { }
      }
      if (BLOCK_TAGS.contains(tag)) {
        flush();
        push();
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      String tag = e.normalName();
      if (BLOCK_TAGS.contains(tag)) {
        flush();
        pop();
      }
      switch (tag) {
        case "a" -> linkDepth--;
        case "figcaption" -> captionDepth--;
        case "h1", "h2", "h3", "h4", "h5", "h6" -> headingDepth--;
        default -> { }
      }
      return FilterResult.CONTINUE;
    }

    private void appendText(String s) {
      int before = text.length();
      HtmlText.appendCollapsed(text, s);
      if (linkDepth > 0) {
        for (int i = before; i < text.length(); i++) {
          if (text.charAt(i) != ' ') {
            linkChars++;
          }
        }
      }
    }

    void flush() {
      int end = text.length();
      if (end > 0 && text.charAt(end - 1) == ' ') {
        end--;
      }
      if (end == 0) {
        text.setLength(0);
        linkChars = 0;
        return;
      }
      String s = text.substring(0, end);
      int chars = 0;
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) != ' ') {
          chars++;
        }
      }
      Kind kind = captionDepth > 0 ? Kind.CAPTION : headingDepth > 0 ? Kind.HEADING : Kind.TEXT;
      Block b = new Block(s, chars, Math.min(linkChars, chars), kind);
      blocks.add(b);
      if (frames > 0) {
        frameScore[frames - 1] += weight(b);
        if (kind == Kind.TEXT && b.chars() >= PROSE_CHARS && b.linkDensity() < 0.3) {
          frameProse[frames - 1] += b.chars();
        }
      }
      text.setLength(0);
      linkChars = 0;
    }

    private void push() {
      if (frames == frameStart.length) {
        frameStart = java.util.Arrays.copyOf(frameStart, frames * 2);
        frameScore = java.util.Arrays.copyOf(frameScore, frames * 2);
        frameBestChild = java.util.Arrays.copyOf(frameBestChild, frames * 2);
        frameProse = java.util.Arrays.copyOf(frameProse, frames * 2);
      }
      frameStart[frames] = blocks.size();
      frameScore[frames] = 0;
      frameBestChild[frames] = -1;
      frameProse[frames] = 0;
      frames++;
    }

    private void pop() {
      frames--;
      double score = frameScore[frames];
      if (score < NEGATIVE_BOX && blocks.size() > frameStart[frames]) {
        negativeBoxes.add(new int[] {frameStart[frames], blocks.size()});
      }
      if (records == recordStart.length) {
        int n = records * 2;
        recordStart = java.util.Arrays.copyOf(recordStart, n);
        recordEnd = java.util.Arrays.copyOf(recordEnd, n);
        recordScore = java.util.Arrays.copyOf(recordScore, n);
        recordBestChild = java.util.Arrays.copyOf(recordBestChild, n);
        recordProse = java.util.Arrays.copyOf(recordProse, n);
      }
      int record = records++;
      recordStart[record] = frameStart[frames];
      recordEnd[record] = blocks.size();
      recordScore[record] = score;
      recordBestChild[record] = frameBestChild[frames];
      recordProse[record] = frameProse[frames];
      if (score > bestScore) {
        bestScore = score;
        bestRecord = record;
      }
      if (frames > 0) {
        frameScore[frames - 1] += score;
        frameProse[frames - 1] += frameProse[frames];
        int sibling = frameBestChild[frames - 1];
        if (sibling < 0 || score > recordScore[sibling]) {
          frameBestChild[frames - 1] = record;
        }
      }
    }
  }
}
