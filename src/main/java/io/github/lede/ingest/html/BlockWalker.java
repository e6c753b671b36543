package io.github.lede.ingest.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The one walk over a page's body that cuts it into {@link Blocks.Block}s and scores its subtrees. Every
 * block-level element is a frame while open and a record once closed: its range of blocks, its score, its
 * prose and its best child, for {@link Blocks} to choose the article's container from. As elements close,
 * {@link Cards} is told of them, and a short text beside an image becomes that image's caption.
 */
final class BlockWalker implements NodeFilter {
  private final Boilerplate boilerplate;
  final List<Blocks.Block> blocks = new ArrayList<>();
  final Cards cards = new Cards();
  /** Ranges of blocks of subtrees that scored below {@link Blocks#NEGATIVE_BOX}, outermost last. */
  final List<int[]> negativeBoxes = new ArrayList<>();

  private final StringBuilder text = new StringBuilder();
  private int linkChars;
  /** Whether the last character read into the block stood in a link. */
  private boolean lastInLink;
  private int linkDepth;
  private int headingDepth;
  private int itemDepth;
  private int captionDepth;
  private int dekDepth;
  /** Elements that opened a caption or a dek (by tag or names), innermost last, with which one they opened. */
  private final List<Element> openers = new ArrayList<>();
  private final List<Boilerplate.Role> openedRoles = new ArrayList<>();
  /** The number of blocks when each opener opened. */
  private final List<Integer> openedAt = new ArrayList<>();
  /** The table row being read as one block of cells, or null. */
  private Element dataRow;

  /** Per open block-level element. */
  private int frames;
  private int[] frameStart = new int[64];
  private double[] frameScore = new double[64];
  private int[] frameProse = new int[64];
  private int[] frameBestChild = new int[64];
  private int[] frameChars = new int[64];
  private int[] frameLinkChars = new int[64];
  private int[] frameImages = new int[64];
  private int[] frameCardMark = new int[64];
  private boolean[] frameParagraph = new boolean[64];

  /** One record per closed block-level element: its blocks, score, prose and best-scoring child record. */
  int records;
  int[] recordStart = new int[256];
  int[] recordEnd = new int[256];
  double[] recordScore = new double[256];
  int[] recordBestChild = new int[256];
  int[] recordProse = new int[256];
  int bestRecord = -1;
  private double bestScore = 0;

  BlockWalker(Boilerplate boilerplate) {
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
    Boilerplate.Role role = boilerplate.role(e);
    if (role == Boilerplate.Role.SKIP) {
      return FilterResult.SKIP_ENTIRELY;
    }
    String tag = e.normalName();
    switch (tag) {
      case "a" -> linkDepth++;
      case "figcaption" -> role = Boilerplate.Role.CAPTION;
      case "h1", "h2", "h3", "h4", "h5", "h6" -> headingDepth++;
      case "li", "dd", "dt" -> itemDepth++;
      case "br" -> flush();
      case "img" -> countImage(e);
      // A table inside a row read whole is read inside that row: rows do not nest.
      case "tr" -> dataRow = dataRow == null && TableRows.isDataRow(e) ? e : dataRow;
      default -> { }
    }
    if (role == Boilerplate.Role.CAPTION || role == Boilerplate.Role.DEK) {
      open(e, role);
    }
    if (dataRow != null && e.parent() == dataRow) {
      // A cell of a row read whole: its text joins the row's, after a separator.
      TableRows.separate(text);
    } else if (Blocks.BLOCK_TAGS.contains(tag)) {
      flush();
      push(tag.equals("p"));
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE;
    }
    String tag = e.normalName();
    if (dataRow != null && e.parent() == dataRow) {
      // the cell's text stays in the row's block
    } else if (Blocks.BLOCK_TAGS.contains(tag)) {
      flush();
      pop();
    }
    switch (tag) {
      case "a" -> linkDepth--;
      case "h1", "h2", "h3", "h4", "h5", "h6" -> headingDepth--;
      case "li", "dd", "dt" -> itemDepth--;
      case "tr" -> dataRow = e == dataRow ? null : dataRow;
      default -> { }
    }
    int last = openers.size() - 1;
    if (last >= 0 && openers.get(last) == e) {
      // A caption or a dek set in a span is a block of its own, apart from the text around it.
      flush();
      if (openedRoles.get(last) == Boilerplate.Role.CAPTION) {
        captionDepth--;
      } else {
        dekDepth--;
        notADek(openedAt.get(last));
      }
      openers.remove(last);
      openedRoles.remove(last);
      openedAt.remove(last);
    }
    return FilterResult.CONTINUE;
  }

  private void open(Element e, Boilerplate.Role role) {
    flush();
    openers.add(e);
    openedRoles.add(role);
    openedAt.add(blocks.size());
    if (role == Boilerplate.Role.CAPTION) {
      captionDepth++;
    } else {
      dekDepth++;
    }
  }

  /**
   * A standfirst is a paragraph or two among a few lines: an element in a dek's place that holds more (a
   * post's lines of verse in an "entry-summary") is read as text.
   */
  private void notADek(int from) {
    int paragraphs = 0;
    int lines = 0;
    for (int i = from; i < blocks.size(); i++) {
      Blocks.Block b = blocks.get(i);
      if (b.kind() == Blocks.Kind.DEK) {
        lines++;
        paragraphs += b.chars() >= Blocks.MIN_DEK_CHARS ? 1 : 0;
      }
    }
    if (paragraphs <= Blocks.MAX_DEK_BLOCKS && lines <= MAX_HEADER_LINES) {
      return;
    }
    for (int i = from; i < blocks.size(); i++) {
      if (blocks.get(i).kind() == Blocks.Kind.DEK) {
        blocks.set(i, blocks.get(i).withKind(Blocks.Kind.TEXT));
      }
    }
  }

  /** Most lines in a dek's place: a kicker, the dek, a byline, a date, a reading time and a label. */
  private static final int MAX_HEADER_LINES = 6;

  /** An image the reader sees: icons, emoji and tracking pixels are not what a caption stands beside. */
  private void countImage(Element img) {
    if (frames == 0 || img.className().contains("emoji") || isSmall(img.attr("width"))
        || isSmall(img.attr("height"))) {
      return;
    }
    frameImages[frames - 1]++;
  }

  private static boolean isSmall(String size) {
    int n = 0;
    for (int i = 0; i < size.length() && i < 6; i++) {
      char c = size.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      n = n * 10 + (c - '0');
    }
    return !size.isEmpty() && Character.isDigit(size.charAt(0)) && n < MIN_IMAGE_PIXELS;
  }

  /** Images narrower or lower than this are icons. */
  private static final int MIN_IMAGE_PIXELS = 50;

  private void appendText(String s) {
    int added = HtmlText.appendCollapsed(text, s);
    if (added > 0) {
      lastInLink = linkDepth > 0;
      linkChars += lastInLink ? added : 0;
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
      lastInLink = false;
      return;
    }
    String s = ShownMarkup.strip(text.substring(0, end));
    int chars = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != ' ') {
        chars++;
      }
    }
    text.setLength(0);
    int links = Math.min(linkChars, chars);
    boolean endsInLink = lastInLink;
    linkChars = 0;
    lastInLink = false;
    if (chars == 0) {
      return;
    }
    Blocks.Block b = new Blocks.Block(s, chars, links, kind(), endsInLink);
    blocks.add(b);
    if (frames > 0) {
      int f = frames - 1;
      frameScore[f] += Blocks.weight(b);
      frameChars[f] += chars;
      frameLinkChars[f] += links;
      if (b.isProse()) {
        frameProse[f] += chars;
      }
    }
  }

  private Blocks.Kind kind() {
    if (captionDepth > 0) {
      return Blocks.Kind.CAPTION;
    } else if (headingDepth > 0) {
      return Blocks.Kind.HEADING;
    } else if (dekDepth > 0) {
      return Blocks.Kind.DEK;
    } else if (dataRow != null) {
      return Blocks.Kind.ROW;
    }
    return itemDepth > 0 ? Blocks.Kind.ITEM : Blocks.Kind.TEXT;
  }

  private void push(boolean paragraph) {
    if (frames == frameStart.length) {
      int n = frames * 2;
      frameStart = Arrays.copyOf(frameStart, n);
      frameScore = Arrays.copyOf(frameScore, n);
      frameBestChild = Arrays.copyOf(frameBestChild, n);
      frameProse = Arrays.copyOf(frameProse, n);
      frameChars = Arrays.copyOf(frameChars, n);
      frameLinkChars = Arrays.copyOf(frameLinkChars, n);
      frameImages = Arrays.copyOf(frameImages, n);
      frameCardMark = Arrays.copyOf(frameCardMark, n);
      frameParagraph = Arrays.copyOf(frameParagraph, n);
    }
    frameStart[frames] = blocks.size();
    frameScore[frames] = 0;
    frameBestChild[frames] = -1;
    frameProse[frames] = 0;
    frameChars[frames] = 0;
    frameLinkChars[frames] = 0;
    frameImages[frames] = 0;
    frameCardMark[frames] = cards.mark();
    frameParagraph[frames] = paragraph;
    frames++;
  }

  private void pop() {
    frames--;
    int f = frames;
    int start = frameStart[f];
    int end = blocks.size();
    double score = frameScore[f];
    score -= cards.close(blocks, frameCardMark[f], start, end, frameChars[f], frameLinkChars[f], score);
    if (frameImages[f] == 1 && !frameParagraph[f]) {
      score -= ImageCaptions.mark(blocks, start, end, frameChars[f], frameLinkChars[f]);
    }
    if (score < Blocks.NEGATIVE_BOX && end > start) {
      negativeBoxes.add(new int[] {start, end});
    }
    int record = newRecord();
    recordStart[record] = start;
    recordEnd[record] = end;
    recordScore[record] = score;
    recordBestChild[record] = frameBestChild[f];
    recordProse[record] = frameProse[f];
    if (score > bestScore) {
      bestScore = score;
      bestRecord = record;
    }
    if (frames > 0) {
      int p = frames - 1;
      frameScore[p] += score;
      frameProse[p] += frameProse[f];
      frameChars[p] += frameChars[f];
      frameLinkChars[p] += frameLinkChars[f];
      frameImages[p] += frameImages[f];
      int sibling = frameBestChild[p];
      if (sibling < 0 || score > recordScore[sibling]) {
        frameBestChild[p] = record;
      }
    }
  }

  private int newRecord() {
    if (records == recordStart.length) {
      int n = records * 2;
      recordStart = Arrays.copyOf(recordStart, n);
      recordEnd = Arrays.copyOf(recordEnd, n);
      recordScore = Arrays.copyOf(recordScore, n);
      recordBestChild = Arrays.copyOf(recordBestChild, n);
      recordProse = Arrays.copyOf(recordProse, n);
    }
    return records++;
  }
}
